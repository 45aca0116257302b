import { useQuery } from '@apollo/client/react';
import {
  formatDateTime,
  LoadMoreButton,
  PartialDataNotice,
  QueryStatus,
  TableRegion,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AssignGp, type GpChoice } from './assign-gp.component';
import { ADMIN_CASE_SUMMARIES, CASES_FOR_GP, GP_ACCOUNTS } from './case-summaries-queries';
import './case-summaries-strings';

/** Stages in which a case can still be given to a GP (submitted, not ended). */
const OPEN_STAGES = new Set([
  'SUBMITTED',
  'CONSENTED',
  'PANEL_REQUESTED',
  'AWAITING_CONFIRMATION',
  'AWAITING_PAYMENT',
  'ACTIVE',
  'INFO_REQUESTED',
]);

/** Submitted cases no GP has been given yet, each with the control to give it to one. */
function CasesWaitingForGp(props: {
  gps: readonly GpChoice[];
  onAssigned: (message: string) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { data, error, fetchMore } = useQuery(CASES_FOR_GP, { fetchPolicy: 'cache-and-network' });
  if (!data) return <PartialDataNotice error={error} />;
  const waiting = data.cases.edges
    .map((edge) => edge.node)
    .filter((found) => OPEN_STAGES.has(found.stage) && !found.caseSummary);
  return (
    <section aria-labelledby="waiting-title">
      <h2 id="waiting-title">{t('sum.waitingTitle')}</h2>
      <p className="muted">{t('sum.waitingIntro')}</p>
      <PartialDataNotice error={error} />
      {waiting.length === 0 ? (
        <p>{t('sum.noneWaiting')}</p>
      ) : (
        <TableRegion labelledBy="waiting-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sum.patient')}</th>
                <th scope="col">{t('sum.stage')}</th>
                <th scope="col">{t('submitted')}</th>
                <th scope="col">{t('sum.action')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((found) => (
                <tr key={found.id}>
                  <th scope="row">
                    <Link to={`/cases/${found.id}`}>{found.patient.fullName}</Link>
                  </th>
                  <td>
                    <span className="stage">{t(`common:stage.${found.stage}`)}</span>
                  </td>
                  <td>
                    {found.submittedAt ? formatDateTime(found.submittedAt, i18n.language) : ''}
                  </td>
                  <td>
                    <AssignGp
                      caseId={found.id}
                      patientName={found.patient.fullName}
                      currentGpId={null}
                      gps={props.gps}
                      onAssigned={props.onAssigned}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {data.cases.pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: data.cases.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}

/**
 * `/case-summaries`: every GP case summary (referral note) with its GP, due time and status,
 * drafts first and the overdue at the top (DESIGN.md: operations staff watch SLAs); a draft can
 * be given to another GP. Below, the submitted cases still waiting for a GP, to assign one.
 */
export function CaseSummariesPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const [done, setDone] = useState<string | null>(null);
  const summaries = useQuery(ADMIN_CASE_SUMMARIES, { fetchPolicy: 'cache-and-network' });
  const accounts = useQuery(GP_ACCOUNTS);
  const gps: GpChoice[] = (accounts.data?.accounts.edges ?? [])
    .map((edge) => edge.node)
    .filter((account) => !account.disabledAt);
  const { data, loading, error, refetch, fetchMore } = summaries;
  if (!data) {
    return (
      <QueryStatus
        title={t('sum.nav')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const at = (iso: string): string => formatDateTime(iso, i18n.language);
  const { edges, pageInfo } = data.caseSummaries;
  return (
    <section aria-labelledby="summaries-title" className="page">
      <h1 id="summaries-title">{t('sum.nav')}</h1>
      <PartialDataNotice error={error ?? accounts.error} />
      <p className="muted">{t('sum.intro')}</p>
      {accounts.data && gps.length === 0 && <p className="notice">{t('sum.noGps')}</p>}
      <p role="status">{done}</p>
      {edges.length === 0 ? (
        <p>{t('sum.none')}</p>
      ) : (
        <TableRegion labelledBy="summaries-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sum.patient')}</th>
                <th scope="col">{t('sum.gp')}</th>
                <th scope="col">{t('sum.due')}</th>
                <th scope="col">{t('sum.status')}</th>
                <th scope="col">{t('sum.action')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={`/cases/${node.case.id}`}>{node.case.patient.fullName}</Link>
                  </th>
                  <td>{node.gpName}</td>
                  <td>
                    {node.overdue && (
                      <>
                        <span className="badge warn">{t('sum.overdue')}</span>{' '}
                      </>
                    )}
                    {node.dueAt
                      ? node.overdue
                        ? t('sum.lateBy', { at: at(node.dueAt) })
                        : at(node.dueAt)
                      : t('sum.notConsented')}
                  </td>
                  <td>
                    {node.status === 'FINAL' && node.submittedAt
                      ? t('sum.status.FINAL', { at: at(node.submittedAt) })
                      : t('sum.status.DRAFT')}
                  </td>
                  <td>
                    {node.status === 'DRAFT' && (
                      <AssignGp
                        caseId={node.case.id}
                        patientName={node.case.patient.fullName}
                        currentGpId={node.gpAccountId}
                        gps={gps}
                        onAssigned={setDone}
                      />
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
      <CasesWaitingForGp gps={gps} onAssigned={setDone} />
    </section>
  );
}
