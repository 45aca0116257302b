import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './checkout-strings';

/**
 * What a checkout page says of a case that has an invoice: paid for, or cancelled after payment
 * (its refund under way or done), with a link to the case page, where the invoice and any refund
 * are.
 * @param props - the case's id and stage
 */
export function PaidCaseNotice({ caseId, stage }: { caseId: string; stage: string }): ReactElement {
  const { t } = useTranslation('patient');
  const cancelled = stage === 'CANCELLED';
  return (
    <>
      <p role="status">
        {t(cancelled ? 'checkout.cancelledAfterPayment' : 'checkout.alreadyPaid')}
      </p>
      <p>
        <Link to={`/cases/${caseId}`}>
          {t(cancelled ? 'checkout.seeRefund' : 'checkout.seeInvoice')}
        </Link>
      </p>
    </>
  );
}
