import { useQuery } from '@apollo/client/react';
import {
  deviceTimeZone,
  LoadMoreButton,
  mutationProblem,
  PartialDataNotice,
} from '@consilium/web-kit';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  filterFromParams,
  paramsOfFilter,
  toPaymentFilter,
  type PaymentFilterValues,
} from './payment-filter';
import { PaymentFilters, paymentFilterId } from './payment-filters.component';
import { PAYMENTS } from './payment-queries';
import { PaymentsTable } from './payments-table.component';
import { RefundOutcomeStatus, type RefundOutcome } from './refund-outcome.component';
import './payment-strings';

/** Payments per page ("Load more" adds as many). */
const PAGE_SIZE = 25;

/** The filters the server may refuse, by the field it names. */
const FILTER_FIELDS: Record<string, keyof PaymentFilterValues> = {
  'filter.caseId': 'caseId',
  'filter.from': 'from',
  'filter.to': 'to',
};

/**
 * "Payments" for operations staff: every payment, newest first, filtered by status, flagged
 * only, case and days (kept in the page's address, so Back, reload and links keep them), with
 * "Load more"; each row opens a refund form. Times and days are in the viewer's zone.
 */
export function PaymentsPage(): ReactElement {
  const { t } = useTranslation('admin');
  const timeZone = deviceTimeZone();
  const [params, setParams] = useSearchParams();
  const applied = filterFromParams(params);
  const [outcome, setOutcome] = useState<RefundOutcome | null>(null);
  const {
    data: current,
    previousData,
    loading,
    error,
    fetchMore,
    refetch,
  } = useQuery(PAYMENTS, {
    variables: { filter: toPaymentFilter(applied, timeZone), first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const problem = error ? mutationProblem(error) : null;
  const refused =
    problem?.code === 'BAD_USER_INPUT' && problem.field ? FILTER_FIELDS[problem.field] : undefined;
  const filterErrors: Record<string, string> = refused
    ? { [paymentFilterId(refused)]: t(`pay.filterError.${refused}`) }
    : {};
  const data = refused ? undefined : (current ?? previousData);
  useEffect(() => {
    if (refused) document.getElementById(paymentFilterId(refused))?.focus();
  }, [refused]);
  const apply = (values: PaymentFilterValues): void => {
    setOutcome(null);
    if (paramsOfFilter(values).toString() === params.toString()) void refetch();
    else setParams(paramsOfFilter(values), { preventScrollReset: true });
  };

  const results = (): ReactElement | null => {
    if (refused) return <p>{t('pay.fixFilters')}</p>;
    if (!data) {
      return error ? (
        <div role="alert" className="error">
          <p>{t('common:loadFailed')}</p>
          <button type="button" onClick={() => void refetch()}>
            {t('common:retry')}
          </button>
        </div>
      ) : (
        <p role="status">{loading ? t('common:loading') : null}</p>
      );
    }
    const { edges, pageInfo } = data.payments;
    return (
      <>
        <PartialDataNotice error={error} />
        {edges.length === 0 ? (
          <p>{t('pay.none')}</p>
        ) : (
          <PaymentsTable
            data={edges.map((edge) => edge.node)}
            labelledBy="payments-title"
            onRefunded={setOutcome}
            timeZone={timeZone}
            headingLevel={2}
          />
        )}
        {pageInfo.hasNextPage && (
          <LoadMoreButton
            onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
          />
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="payments-title" className="page">
      <h1 id="payments-title">{t('pay.title')}</h1>
      <p className="muted">{t('pay.intro', { zone: timeZone })}</p>
      <PaymentFilters
        key={params.toString()}
        applied={applied}
        onApply={apply}
        errors={filterErrors}
      />
      <RefundOutcomeStatus outcome={outcome} />
      {results()}
    </section>
  );
}
