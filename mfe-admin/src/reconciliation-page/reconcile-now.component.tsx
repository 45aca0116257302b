import { useMutation } from '@apollo/client/react';
import { formatDateTime, mutationProblem } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReconcilePaymentsMutation } from '../gql/graphql';
import { RECONCILE_PAYMENTS } from './reconciliation-queries';
import './reconciliation-strings';

/** What one run found. */
type Run = ReconcilePaymentsMutation['reconcilePayments'];

/**
 * "Reconcile with the provider now": asks the provider at once about every unpaid order and
 * pending refund (as the background run does every few minutes), e.g. after a payer says they
 * paid and the case did not start; then says what the run found and reads the lists again.
 * @param props.timeZone - the zone the run's time is shown in
 */
export function ReconcileNow(props: { timeZone: string }): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const [run, setRun] = useState<Run | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reconcile, { loading }] = useMutation(RECONCILE_PAYMENTS, {
    refetchQueries: ['PaymentReconciliation'],
    awaitRefetchQueries: true,
  });
  const start = (): void => {
    setFailure(null);
    reconcile().then(
      (result) => setRun(result.data?.reconcilePayments ?? null),
      (error: unknown) => {
        const problem = mutationProblem(error);
        setFailure(problem.code === 'NETWORK' ? t('error.network') : problem.message);
      },
    );
  };
  return (
    <div className="card">
      <p>{t('recon.runIntro')}</p>
      <p>
        <button type="button" onClick={start} disabled={loading}>
          {t('recon.run')}
        </button>
      </p>
      <div role="status">
        {loading && <p>{t('recon.running')}</p>}
        {!loading && run && (
          <>
            <p>
              {t('recon.ranAt', { at: formatDateTime(run.ranAt, i18n.language, props.timeZone) })}
            </p>
            <dl className="facts">
              <dt>{t('recon.ordersChecked')}</dt>
              <dd>{run.ordersChecked}</dd>
              <dt>{t('recon.paymentsRecovered')}</dt>
              <dd>{run.paymentsRecovered}</dd>
              <dt>{t('recon.refundsSettled')}</dt>
              <dd>{run.refundsSettled}</dd>
              <dt>{t('recon.refundsSent')}</dt>
              <dd>{run.refundsSent}</dd>
            </dl>
          </>
        )}
      </div>
      {failure && (
        <div role="alert" className="error">
          <p>{t('recon.failed', { message: failure })}</p>
        </div>
      )}
    </div>
  );
}
