import { useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PANELS_AWAITING_PLATFORM_CHOICE } from './platform-choice-queries';
import './platform-choice-strings';

/**
 * "Platform choice": the cases whose patient asked Consilium to choose the doctors, oldest first,
 * with what they asked for, each linking to the review of the suggested panel.
 */
export function PlatformChoicePage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(PANELS_AWAITING_PLATFORM_CHOICE, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('pc.nav')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const panels = data.panelsAwaitingPlatformChoice;
  return (
    <section aria-labelledby="platform-choice-title" className="page">
      <h1 id="platform-choice-title">{t('pc.nav')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('pc.intro')}</p>
      {panels.length === 0 ? (
        <p>{t('pc.none')}</p>
      ) : (
        <TableRegion labelledBy="platform-choice-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('patient')}</th>
                <th scope="col">{t('pc.complaint')}</th>
                <th scope="col">{t('pc.asked')}</th>
                <th scope="col">{t('pc.waitingSince')}</th>
              </tr>
            </thead>
            <tbody>
              {panels.map((panel) => (
                <tr key={panel.id}>
                  <th scope="row">
                    <Link to={`/platform-choice/${panel.case.id}`}>
                      {t('pc.review', { name: panel.case.patient.fullName })}
                    </Link>
                  </th>
                  <td>{panel.case.presentingComplaint ?? t('none')}</td>
                  <td>
                    {t('pc.seats', { count: panel.seats })}
                    {panel.preferredSpecialties.length > 0 &&
                      ` · ${panel.preferredSpecialties.join(', ')}`}
                    {panel.preferredLanguages.length > 0 && (
                      <>
                        <br />
                        {t('pc.languages', { languages: panel.preferredLanguages.join(', ') })}
                      </>
                    )}
                  </td>
                  <td>{formatDateTime(panel.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
