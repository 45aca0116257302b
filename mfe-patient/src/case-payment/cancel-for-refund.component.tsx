import { useMutation } from '@apollo/client/react';
import {
  FormError,
  FormField,
  formatMoney,
  mutationProblem,
  type FormErrors,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageForm } from '../form-parts/form-parts';
import { CANCEL_CASE_FOR_REFUND } from './case-payment-queries';
import './case-payment-strings';

/** The id of the reason's text box (the API's `reason`). */
const REASON = 'cancel-reason';

/**
 * "Cancel the case for a full refund" (only offered while `cancellationTerms.available`: paid, no
 * specialist has contacted the patient yet, something left to refund): explains what happens,
 * asks why (5–500 characters), then cancels (`cancelCaseForRefund`). When part of the fee was
 * already refunded it says so and offers what is left ("get back ₹X, what is left of the fee"),
 * never "full refund". The refund is pending until the provider processes it; then the case is
 * cancelled. What was typed stays on a refusal.
 * @param props.caseId - the case
 * @param props.refundAmount - paise that would be refunded
 * @param props.paidAmount - paise paid (the invoice's amount)
 * @param props.currency - ISO 4217 code
 * @param props.onCancelled - called once the refund is requested (e.g. to read the case again)
 */
export function CancelForRefund(props: {
  caseId: string;
  refundAmount: number;
  paidAmount: number;
  currency: string;
  onCancelled: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancel] = useMutation(CANCEL_CASE_FOR_REFUND);
  const form = usePageForm();
  const amount = formatMoney(props.refundAmount, props.currency, i18n.language);
  const paid = formatMoney(props.paidAmount, props.currency, i18n.language);
  // Part of the fee was refunded already: what is offered back is what is left.
  const partial = props.refundAmount < props.paidAmount;
  if (!open) {
    return (
      <p>
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {partial ? t('payment.cancelOpenPartial', { amount }) : t('payment.cancelOpen')}
        </button>
      </p>
    );
  }
  const describe = (error: unknown): FormErrors => {
    const failure = mutationProblem(error);
    if (failure.code === 'BAD_USER_INPUT' && failure.field === 'reason') {
      return { fields: { [REASON]: t('payment.cancelReasonLength') }, form: null };
    }
    if (failure.code === 'CONFLICT' || failure.code === 'FORBIDDEN') {
      return { fields: {}, form: failure.message };
    }
    if (failure.code !== 'NETWORK') console.error('Consilium: cancelling failed', error);
    return { fields: {}, form: t('payment.cancelFailed') };
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="cancel-refund-title"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          form.showErrors({ fields: { [REASON]: t('payment.cancelReasonRequired') }, form: null });
          return;
        }
        void form.submit(async () => {
          await cancel({ variables: { caseId: props.caseId, reason: reason.trim() } });
          setOpen(false);
          setReason('');
          props.onCancelled();
        }, describe);
      }}
    >
      <h3 id="cancel-refund-title">
        {partial ? t('payment.cancelTitlePartial') : t('payment.cancelTitle')}
      </h3>
      <p>
        {partial
          ? t('payment.cancelExplainPartial', { amount, paid })
          : t('payment.cancelExplain', { amount })}
      </p>
      <FormError id="cancel-refund-error" message={form.errors.form} />
      <FormField
        id={REASON}
        label={t('payment.cancelReason')}
        hint={t('payment.cancelReasonHint')}
        rows={4}
        value={reason}
        onChange={setReason}
        required
        error={form.errors.fields[REASON]}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('payment.cancelConfirm', { amount })}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('payment.cancelKeep')}
        </button>
      </p>
    </form>
  );
}
