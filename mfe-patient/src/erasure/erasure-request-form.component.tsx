import { useMutation } from '@apollo/client/react';
import { FormError, FormField, i18n as sharedI18n, mutationProblem } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus, isValid, usePageForm, type FormErrors } from '../form-parts/form-parts';
import { REQUEST_ERASURE } from './erasure-queries';
import './erasure-strings';

/** The longest reason the API takes, in characters. */
export const MAX_REASON = 1000;

const REASON_ID = 'erasure-reason';
const CONFIRM_ID = 'erasure-confirm';

/** The words that confirm, in every language the app speaks (either is accepted in either). */
function confirmWords(): string[] {
  return ['en', 'hi'].map((language) =>
    sharedI18n.getFixedT(language, 'patient')('erasure.confirmWord'),
  );
}

/**
 * "Ask for your record to be erased": an optional reason, and the confirmation word typed out
 * (this cannot be undone); then `requestErasure`. A request already pending (another tab, the
 * proxy) simply shows up through `onRequested`.
 */
export function ErasureRequestForm(props: {
  patientId: string;
  onRequested: () => void;
  onCancel?: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [request] = useMutation(REQUEST_ERASURE);
  const form = usePageForm();
  const word = t('erasure.confirmWord');

  const validate = (): FormErrors => {
    const fields: Record<string, string> = {};
    if ([...reason.trim()].length > MAX_REASON) {
      fields[REASON_ID] = t('erasure.error.reasonTooLong', { max: MAX_REASON });
    }
    const said = typed.trim().normalize('NFC').toUpperCase();
    if (!confirmWords().some((candidate) => candidate.toUpperCase() === said)) {
      fields[CONFIRM_ID] = t('erasure.error.typeToConfirm', { word });
    }
    return { fields, form: null };
  };

  const describe = (error: unknown): FormErrors => {
    const problem = mutationProblem(error);
    if (problem.code === 'BAD_USER_INPUT' && problem.field === 'reason') {
      return { fields: { [REASON_ID]: problem.message }, form: null };
    }
    if (problem.code === 'CONFLICT') {
      // Already asked (another tab, or the proxy): the page shows the pending request.
      props.onRequested();
      return { fields: {}, form: null };
    }
    if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('error.FORBIDDEN') };
    if (problem.code !== 'NETWORK') console.error('Consilium: asking for erasure failed', error);
    return { fields: {}, form: t('erasure.error.failed') };
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="erasure-form-title"
      className="auth-page"
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = validate();
        if (!isValid(invalid)) return form.showErrors(invalid);
        void form.submit(async () => {
          await request({
            variables: { input: { patientId: props.patientId, reason: reason.trim() || null } },
          });
          props.onRequested();
        }, describe);
      }}
    >
      <h2 id="erasure-form-title">{t('erasure.formTitle')}</h2>
      <FormError id="erasure-error" message={form.errors.form} />
      <FormField
        id={REASON_ID}
        label={t('erasure.reason')}
        hint={t('erasure.reasonHint')}
        rows={4}
        value={reason}
        onChange={setReason}
        error={form.errors.fields[REASON_ID]}
        after={
          <span className="muted">
            {t('erasure.reasonCount', { count: [...reason].length, max: MAX_REASON })}
          </span>
        }
      />
      <FormField
        id={CONFIRM_ID}
        label={t('erasure.typeToConfirm', { word })}
        hint={t('erasure.typeToConfirmHint')}
        value={typed}
        onChange={setTyped}
        autoComplete="off"
        verbatim
        required
        error={form.errors.fields[CONFIRM_ID]}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('erasure.submit')}
        </button>
        {props.onCancel ? (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('erasure.keepRecord')}
          </button>
        ) : null}
      </p>
      <FormStatus>
        {form.busy ? <p className="muted">{t('erasure.submitting')}</p> : null}
      </FormStatus>
    </form>
  );
}
