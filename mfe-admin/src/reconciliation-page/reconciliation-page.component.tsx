import { useQuery } from '@apollo/client/react';
import { deviceTimeZone, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PaymentsTable } from '../payments-page/payments-table.component';
import { RefundOutcomeStatus, type RefundOutcome } from '../payments-page/refund-outcome.component';
import { RefundsTable } from '../refunds-page/refunds-table.component';
import { ReconcileNow } from './reconcile-now.component';
import { PAYMENT_RECONCILIATION } from './reconciliation-queries';
import { StaleOrdersTable } from './stale-orders-table.component';
import './reconciliation-strings';

/** How often the lists are read again while a refund is pending at the provider. */
const PENDING_POLL_MS = 3_000;

/** A part of the page: its heading, what it is about, and its list or a line saying it is empty. */
function Part(props: {
  id: string;
  title: string;
  intro: string;
  empty: string | null;
  children: ReactNode;
}): ReactElement {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p className="muted">{props.intro}</p>
      {props.empty ? <p>{props.empty}</p> : props.children}
    </section>
  );
}

/**
 * "Payment reconciliation": what needs a person in payments — captured payments that did not
 * start their case (why, in words, with the refund action), checkout orders still unpaid after
 * 30 minutes, refunds the provider has not processed yet and those it refused — and a button
 * asking the provider now, e.g. after a lost webhook. Read again every few seconds while a refund
 * is pending.
 */
export function ReconciliationPage(): ReactElement {
  const { t } = useTranslation('admin');
  const timeZone = deviceTimeZone();
  const [outcome, setOutcome] = useState<RefundOutcome | null>(null);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(
    PAYMENT_RECONCILIATION,
    { fetchPolicy: 'cache-and-network' },
  );
  const pending = data?.paymentReconciliation.pendingRefunds.length ?? 0;
  useEffect(() => {
    if (pending > 0) startPolling(PENDING_POLL_MS);
    else stopPolling();
  }, [pending, startPolling, stopPolling]);
  if (!data) {
    return (
      <QueryStatus
        title={t('recon.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.paymentReconciliation;
  return (
    <section aria-labelledby="recon-title" className="page">
      <h1 id="recon-title">{t('recon.title')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('recon.intro', { zone: timeZone })}</p>
      <ReconcileNow timeZone={timeZone} />
      <RefundOutcomeStatus outcome={outcome} />
      <Part
        id="recon-flagged"
        title={t('recon.flagged')}
        intro={t('recon.flaggedIntro')}
        empty={found.flaggedPayments.length === 0 ? t('recon.noFlagged') : null}
      >
        <PaymentsTable
          data={found.flaggedPayments}
          labelledBy="recon-flagged"
          explainIssues
          onRefunded={setOutcome}
          timeZone={timeZone}
          headingLevel={3}
        />
      </Part>
      <Part
        id="recon-stale"
        title={t('recon.stale')}
        intro={t('recon.staleIntro')}
        empty={found.staleOrders.length === 0 ? t('recon.noStale') : null}
      >
        <StaleOrdersTable orders={found.staleOrders} labelledBy="recon-stale" timeZone={timeZone} />
      </Part>
      <Part
        id="recon-pending"
        title={t('recon.pending')}
        intro={t('recon.pendingIntro')}
        empty={found.pendingRefunds.length === 0 ? t('recon.noPending') : null}
      >
        <RefundsTable data={found.pendingRefunds} labelledBy="recon-pending" timeZone={timeZone} />
      </Part>
      <Part
        id="recon-failed"
        title={t('recon.failedRefunds')}
        intro={t('recon.failedIntro')}
        empty={found.failedRefunds.length === 0 ? t('recon.noFailed') : null}
      >
        <RefundsTable data={found.failedRefunds} labelledBy="recon-failed" timeZone={timeZone} />
      </Part>
    </section>
  );
}
