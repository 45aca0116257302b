import { useMutation } from '@apollo/client/react';
import { FieldError, formatMoney, FormError, FormField, useFormState } from '@consilium/web-kit';
import { useRef, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueRefundInput, PaymentRowFragment, RefundStatus } from '../gql/graphql';
import { PAYMENTS_OF_CASE } from '../payments-page/payment-queries';
import { paiseOfRupees, rupeesOfPaise } from '../rupee-amount';
import { describeRefundError, type RefundFieldIds } from './refund-errors';
import { ISSUE_REFUND } from './refund-queries';
import './refund-form-strings';

/** A refund the form sent, as the page reports it: pending, processed at once, or refused. */
export interface IssuedRefund {
  amount: number;
  currency: string;
  status: RefundStatus;
  /** why the provider refused it (FAILED) */
  failureReason?: string | null;
}

/**
 * Gives money back on a payment: the amount in rupees (all that is left, unless changed), the
 * reason the patient will read, and — on a payment that started its case — whether the case
 * cannot proceed and is to be cancelled once the refund is processed. The server's refusals are
 * shown at the field they name and nothing typed is lost; an amount that is not more than ₹0 and
 * at most what is left is refused at its field before anything is sent (so a figure too large for
 * the API never reaches it). A retry of the same refund reuses its idempotency key, so it is never
 * made twice.
 * @param props.payment - the payment
 * @param props.titleId - the id of the form's heading
 * @param props.onRefunded - called with the refund as the API returned it (pending, processed or
 *   refused by the provider), once the payment has been read again
 * @param props.onCancel - closes the form
 */
export function RefundForm(props: {
  payment: PaymentRowFragment;
  titleId: string;
  onRefunded: (refund: IssuedRefund) => void;
  onCancel: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { payment } = props;
  const form = useFormState();
  const [amount, setAmount] = useState(() => rupeesOfPaise(payment.refundableAmount));
  const [reason, setReason] = useState('');
  const [closesCase, setClosesCase] = useState(false);
  const attempt = useRef<{ request: string; key: string } | null>(null);
  const [issueRefund] = useMutation(ISSUE_REFUND, {
    refetchQueries: [
      { query: PAYMENTS_OF_CASE, variables: { caseId: payment.caseId } },
      'PaymentReconciliation',
    ],
    awaitRefetchQueries: true,
  });
  const money = (paise: number): string => formatMoney(paise, payment.currency, i18n.language);
  const ids: RefundFieldIds = {
    amountInPaise: `refund-${payment.id}-amount`,
    reason: `refund-${payment.id}-reason`,
    closesCase: `refund-${payment.id}-closes-case`,
  };
  const closesCaseError = form.errors.fields[ids.closesCase];
  // A flagged payment never started its case, so refunding it cannot cancel the case.
  const mayCloseCase = payment.reconciliationIssue === null;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const amountInPaise = paiseOfRupees(amount);
    if (amountInPaise === null) {
      form.showErrors({
        fields: { [ids.amountInPaise]: t('refundForm.error.amountFormat') },
        form: null,
      });
      return;
    }
    if (amountInPaise <= 0 || amountInPaise > payment.refundableAmount) {
      form.showErrors({
        fields: {
          [ids.amountInPaise]: t('refundForm.error.amount', {
            left: money(payment.refundableAmount),
          }),
        },
        form: null,
      });
      return;
    }
    const input: Omit<IssueRefundInput, 'idempotencyKey'> = {
      paymentId: payment.id,
      amountInPaise,
      reason: reason.trim(),
      closesCase: mayCloseCase && closesCase,
    };
    // One key per refund: sending the same refund again (after a lost answer) reuses it.
    const request = JSON.stringify(input);
    if (attempt.current?.request !== request) {
      attempt.current = { request, key: crypto.randomUUID() };
    }
    const idempotencyKey = attempt.current.key;
    void form.submit(
      async () => {
        const result = await issueRefund({ variables: { input: { ...input, idempotencyKey } } });
        const refund = result.data?.issueRefund;
        if (refund) props.onRefunded(refund);
      },
      (error) =>
        describeRefundError(
          error,
          (key, options) => t(key, options ?? {}),
          ids,
          money(payment.refundableAmount),
        ),
    );
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby={props.titleId}>
      <p>
        {t('refundForm.summary', {
          paid: money(payment.amount),
          name: payment.order.billingName,
          left: money(payment.refundableAmount),
        })}
      </p>
      <FormError id={`refund-${payment.id}-error`} message={form.errors.form} />
      <FormField
        id={ids.amountInPaise}
        label={t('refundForm.amount')}
        hint={t('refundForm.amountHint', { left: money(payment.refundableAmount) })}
        value={amount}
        onChange={setAmount}
        inputMode="decimal"
        required
        error={form.errors.fields[ids.amountInPaise]}
      />
      <FormField
        id={ids.reason}
        label={t('refundForm.reason')}
        hint={t('refundForm.reasonHint')}
        rows={3}
        value={reason}
        onChange={setReason}
        required
        error={form.errors.fields[ids.reason]}
      />
      {mayCloseCase && (
        <div className={closesCaseError ? 'field field-invalid' : 'field'}>
          {closesCaseError && (
            <FieldError id={`${ids.closesCase}-error`} message={closesCaseError} />
          )}
          <label className="choice">
            <input
              id={ids.closesCase}
              name={ids.closesCase}
              type="checkbox"
              checked={closesCase}
              aria-invalid={closesCaseError ? true : undefined}
              aria-describedby={[
                `${ids.closesCase}-hint`,
                closesCaseError && `${ids.closesCase}-error`,
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => {
                setClosesCase(event.target.checked);
                form.clearError(ids.closesCase);
              }}
            />{' '}
            {t('refundForm.closesCase')}
          </label>
          <p id={`${ids.closesCase}-hint`} className="hint">
            {t('refundForm.closesCaseHint')}
          </p>
        </div>
      )}
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('refundForm.submit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
