import { useMutation } from '@apollo/client/react';
import { mutationProblem } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RENEW_QUOTE } from './case-payment-queries';
import './case-payment-strings';

/**
 * For an expired quote: says it must be renewed before paying, and renews it at today's price
 * list (`renewQuote`); the new fee replaces the old one on the page. A refusal (already paid,
 * case ended) or a lost connection is said beside the button.
 * @param props.caseId - the case
 * @param props.onRenewed - called once renewed (e.g. to read the case again)
 */
export function RenewQuote(props: { caseId: string; onRenewed?: () => void }): ReactElement {
  const { t } = useTranslation('patient');
  const [renew, { loading }] = useMutation(RENEW_QUOTE);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    setProblem(null);
    try {
      await renew({ variables: { caseId: props.caseId } });
      props.onRenewed?.();
    } catch (error) {
      const failure = mutationProblem(error);
      if (failure.code === 'CONFLICT' || failure.code === 'FORBIDDEN') setProblem(failure.message);
      else setProblem(t('payment.renewFailed'));
    }
  };
  return (
    <div>
      <p>{t('payment.expiredExplain')}</p>
      {problem && (
        <div role="alert" className="error form-error">
          <p>{problem}</p>
        </div>
      )}
      <p>
        <button type="button" disabled={loading} onClick={() => void submit()}>
          {loading ? t('payment.renewing') : t('payment.renew')}
        </button>
      </p>
    </div>
  );
}
