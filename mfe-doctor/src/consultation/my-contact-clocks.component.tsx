import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MY_CONTACT_SLAS } from './consultation-queries';
import { SlaClock } from './sla-clock.component';
import { useDoctorSchedule } from './use-doctor-schedule';
import './consultation-strings';

/**
 * "Contact the patient within 48 hours": the signed-in specialist's contact clocks on paid cases,
 * due soonest first, each with a live countdown (red under 8 hours, "overdue — operations
 * alerted" once breached) or, once contact was logged, done. Times are in the specialist's zone.
 */
export function MyContactClocks(): ReactElement {
  const { t } = useTranslation('doctor');
  const { timeZone } = useDoctorSchedule();
  const { data, error } = useQuery(MY_CONTACT_SLAS, { fetchPolicy: 'cache-and-network' });
  const clocks = data?.myContactSlas ?? [];
  return (
    <section aria-labelledby="contact-clocks-title">
      <h2 id="contact-clocks-title">{t('consult.clocksTitle')}</h2>
      <p className="muted">{t('consult.clocksIntro', { zone: timeZone })}</p>
      <PartialDataNotice error={error} />
      {!data ? (
        !error && <p role="status">{t('common:loading')}</p>
      ) : clocks.length === 0 ? (
        <p>{t('consult.noClocks')}</p>
      ) : (
        <TableRegion labelledBy="contact-clocks-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('consult.case')}</th>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('consult.clock')}</th>
              </tr>
            </thead>
            <tbody>
              {clocks.map((clock) => (
                <tr key={clock.id}>
                  <th scope="row">
                    <Link to={`/cases/${clock.case.id}`}>
                      {t('caseOf', { name: clock.case.patient.fullName })}
                    </Link>
                  </th>
                  <td>
                    <span className="stage">{t(`common:stage.${clock.case.stage}`)}</span>
                  </td>
                  <td>
                    <SlaClock clock={clock} timeZone={timeZone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
