import { FormError, FormField, useFormState, type FormErrors } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyStatus } from '../auth-form/form-field.component';
import './shared-record-strings';

const CODE_ID = 'share-code';
const SIX_DIGITS = /^\d{6}$/;

/**
 * "Enter the code": the 6-digit code the patient gave the doctor separately. `onCode` answers
 * false when the code is not right (shown at the field); any other outcome is the page's to show.
 */
export function ShareCodeForm(props: { onCode: (code: string) => Promise<boolean> }): ReactElement {
  const { t } = useTranslation('shared');
  const [code, setCode] = useState('');
  const form = useFormState();
  const { errors } = form;

  const onSubmit = (): void => {
    const typed = code.replace(/\s/g, '');
    if (!SIX_DIGITS.test(typed)) {
      return form.showErrors({ fields: { [CODE_ID]: t('error.codeFormat') }, form: null });
    }
    void form.submit(
      async () => {
        if (await props.onCode(typed)) return;
        throw new Error('wrong code');
      },
      (): FormErrors => ({ fields: { [CODE_ID]: t('error.invalidCode') }, form: null }),
    );
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="share-code-title"
      className="auth-page"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="share-code-title">{t('codeTitle')}</h2>
      <p>{t('codeIntro')}</p>
      <FormError id="share-code-form-error" message={errors.form} />
      <FormField
        id={CODE_ID}
        label={t('code')}
        value={code}
        onChange={setCode}
        autoComplete="one-time-code"
        inputMode="numeric"
        verbatim
        required
        error={errors.fields[CODE_ID]}
      />
      <p>
        <button type="submit" disabled={form.busy}>
          {t('codeButton')}
        </button>
      </p>
      <BusyStatus message={form.busy ? t('checkingCode') : null} />
    </form>
  );
}
