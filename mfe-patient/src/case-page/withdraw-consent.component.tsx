import { useMutation } from '@apollo/client/react';
import { FormError, FormField } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '@consilium/web-kit';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import { WITHDRAW_CONSENT } from './case-page-queries';

/**
 * "Withdraw consent": explains that withdrawing stops the case, takes an optional reason, asks
 * once more, then withdraws (`withdrawConsent`).
 */
export function WithdrawConsent(props: { caseId: string; onWithdrawn: () => void }): ReactElement {
  const { t } = useTranslation('patient');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw] = useMutation(WITHDRAW_CONSENT);
  const form = usePageForm();
  if (!open) {
    return (
      <p>
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('case.withdraw')}
        </button>
      </p>
    );
  }
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="withdraw-title"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (!window.confirm(t('case.withdrawConfirm'))) return;
        void form.submit(
          async () => {
            await withdraw({ variables: { caseId: props.caseId, reason: reason.trim() || null } });
            props.onWithdrawn();
          },
          (error): FormErrors => {
            const failure = serverFailure(error);
            if (failure.code === 'BAD_USER_INPUT' && failure.field === 'reason') {
              return { fields: { 'withdraw-reason': failure.message }, form: null };
            }
            if (failure.code === 'FORBIDDEN' || failure.code === 'CONFLICT') {
              return { fields: {}, form: failure.message };
            }
            if (failure.code !== 'NETWORK') console.error('Consilium: withdrawing failed', error);
            return { fields: {}, form: t('error.UNEXPECTED') };
          },
        );
      }}
    >
      <h3 id="withdraw-title">{t('case.withdrawTitle')}</h3>
      <p>{t('case.withdrawExplain')}</p>
      <FormError id="withdraw-error" message={form.errors.form} />
      <FormField
        id="withdraw-reason"
        label={t('case.withdrawReason')}
        rows={4}
        value={reason}
        onChange={setReason}
        error={form.errors.fields['withdraw-reason']}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('case.withdrawConfirmButton')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('case.keepConsent')}
        </button>
      </p>
    </form>
  );
}
