import { useQuery } from '@apollo/client/react';
import {
  formatDateTime,
  LoadMoreButton,
  PartialDataNotice,
  QueryStatus,
  TableRegion,
  useViewer,
} from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GP_CASE_SUMMARIES } from './case-summary-queries';
import './case-summary-strings';

/**
 * A GP's home in the doctor app: the cases assigned to them, each with where its summary stands,
 * when it is due (and the 24-hour aim), overdue ones flagged and listed first; each opens the
 * case, where the GP reads the history and reports and writes the summary.
 */
export function GpSummariesPage(): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const viewer = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(GP_CASE_SUMMARIES, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('gp.listTitle')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const { edges, pageInfo } = data.caseSummaries;
  const at = (iso: string): string => formatDateTime(iso, i18n.language);
  return (
    <section aria-labelledby="gp-list-title" className="page">
      <h1 id="gp-list-title">{t('gp.listTitle')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('gp.greeting', { name: viewer?.displayName ?? '' })}</p>
      {edges.length === 0 ? (
        <p>{t('gp.none')}</p>
      ) : (
        <TableRegion labelledBy="gp-list-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('gp.patient')}</th>
                <th scope="col">{t('gp.complaint')}</th>
                <th scope="col">{t('gp.stage')}</th>
                <th scope="col">{t('gp.status')}</th>
                <th scope="col">{t('gp.due')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={`/cases/${node.case.id}`}>{node.case.patient.fullName}</Link>
                  </th>
                  <td>{node.case.presentingComplaint}</td>
                  <td>
                    <span className="stage">{t(`common:stage.${node.case.stage}`)}</span>
                  </td>
                  <td>
                    {t(`gp.status.${node.status}`)}
                    {node.submittedAt && <> · {at(node.submittedAt)}</>}
                  </td>
                  <td>
                    {node.overdue && (
                      <>
                        <span className="badge warn">{t('gp.overdue')}</span>{' '}
                      </>
                    )}
                    {node.dueAt ? at(node.dueAt) : t('gp.notConsented')}
                    {node.targetAt && node.status === 'DRAFT' && (
                      <span className="muted"> ({t('gp.target', { at: at(node.targetAt) })})</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
