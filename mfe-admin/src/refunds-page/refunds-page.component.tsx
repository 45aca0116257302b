import { useQuery } from '@apollo/client/react';
import { deviceTimeZone, LoadMoreButton, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RefundStatus } from '../gql/graphql';
import { REFUNDS } from './refund-queries';
import { RefundsTable } from './refunds-table.component';
import './refund-strings';

/** Refunds per page ("Load more" adds as many). */
const PAGE_SIZE = 25;

/** The statuses the filter offers. */
const STATUSES: readonly RefundStatus[] = ['PENDING', 'PROCESSED', 'FAILED'];

/**
 * "Refunds" for operations staff: every refund, newest first, or those of one status (kept in the
 * address as `?status=`, so Back, reload and links keep it), with "Load more".
 */
export function RefundsPage(): ReactElement {
  const { t } = useTranslation('admin');
  const timeZone = deviceTimeZone();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status = STATUSES.find((known) => known === asked) ?? null;
  const {
    data: current,
    previousData,
    loading,
    error,
    fetchMore,
    refetch,
  } = useQuery(REFUNDS, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // While another status loads, keep showing the last answer so the filter and focus stay put.
  const data = current ?? previousData;
  if (!data) {
    return (
      <QueryStatus
        title={t('refunds.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const { edges, pageInfo } = data.refunds;
  const choice = (value: RefundStatus | null, label: string): ReactElement => (
    <li key={value ?? 'every'}>
      <button
        type="button"
        aria-pressed={status === value}
        onClick={() => setParams(value ? { status: value } : {})}
      >
        {label}
      </button>
    </li>
  );
  return (
    <section aria-labelledby="refunds-title" className="page">
      <h1 id="refunds-title">{t('refunds.title')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('refunds.intro', { zone: timeZone })}</p>
      <ul className="toolbar" aria-label={t('refunds.statusFilter')}>
        {choice(null, t('refunds.every'))}
        {STATUSES.map((value) => choice(value, t(`pay.refundStatus.${value}`)))}
      </ul>
      {edges.length === 0 ? (
        <p>{status ? t('refunds.noneOfStatus') : t('refunds.none')}</p>
      ) : (
        <RefundsTable
          data={edges.map((edge) => edge.node)}
          labelledBy="refunds-title"
          timeZone={timeZone}
        />
      )}
      {pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
