import { FormError, FormField, resendVerification, verifyAccount } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { goAfterSignIn, takeNotice } from '../auth-form/auth-navigation';
import { BusyStatus } from '../auth-form/form-field.component';
import {
  describeAuthError,
  isValid,
  useAuthForm,
  type FormErrors,
} from '../auth-form/use-auth-form';

const FIELD_IDS = { login: 'verify-login', code: 'verify-code' };
const SIX_DIGITS = /^\d{6}$/;

/**
 * Confirms a new account with the 6-digit code sent to its email or phone (`?login=`), which
 * signs it in and goes to its app; a link sends a new code.
 */
export function VerifyPage({ search }: { search: string }): ReactElement {
  const { t } = useTranslation('auth');
  const params = new URLSearchParams(search);
  const next = params.get('next');
  const loginFromAddress = params.get('login')?.trim() ?? '';
  const [notice] = useState(() => takeNotice('codeSent', 'unverified'));
  const [login, setLogin] = useState(loginFromAddress);
  const [code, setCode] = useState('');
  const [resent, setResent] = useState(false);
  const form = useAuthForm();
  const { errors } = form;

  const validate = (): FormErrors => {
    const fields: Record<string, string> = {};
    if (!login.trim()) fields[FIELD_IDS.login] = t('error.loginRequired');
    if (!SIX_DIGITS.test(code.replace(/\s/g, ''))) fields[FIELD_IDS.code] = t('error.codeFormat');
    return { fields, form: null };
  };

  const onSubmit = (): void => {
    const invalid = validate();
    if (!isValid(invalid)) return form.showErrors(invalid);
    setResent(false);
    void form.submit(
      async () => goAfterSignIn(await verifyAccount(login.trim(), code.replace(/\s/g, '')), next),
      (error) => describeAuthError(error, t, FIELD_IDS),
    );
  };

  const onResend = (): void => {
    if (!login.trim()) {
      return form.showErrors({
        fields: { [FIELD_IDS.login]: t('error.loginRequired') },
        form: null,
      });
    }
    setResent(false);
    void form.submit(
      async () => {
        await resendVerification(login.trim());
        setResent(true);
      },
      (error) => describeAuthError(error, t, FIELD_IDS),
    );
  };

  let intro = t('verifyIntro', { login: loginFromAddress });
  if (notice?.kind === 'codeSent') intro = t('verifyCodeSent', { sentTo: notice.sentTo });
  if (notice?.kind === 'unverified') intro = t('verifyUnverified', { login: loginFromAddress });

  return (
    <section aria-labelledby="verify-title" className="page auth-page">
      <h1 id="verify-title">{t('verifyTitle')}</h1>
      {loginFromAddress && <p>{intro}</p>}
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <FormError id="verify-error" message={errors.form} />
        {!loginFromAddress && (
          <FormField
            id={FIELD_IDS.login}
            label={t('verifyLogin')}
            value={login}
            onChange={setLogin}
            autoComplete="username"
            verbatim
            required
            error={errors.fields[FIELD_IDS.login]}
          />
        )}
        <FormField
          id={FIELD_IDS.code}
          label={t('code')}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          inputMode="numeric"
          verbatim
          required
          error={errors.fields[FIELD_IDS.code]}
        />
        <p>
          <button type="submit">{t('verifyButton')}</button>
        </p>
        <BusyStatus message={form.busy ? t('verifying') : resent ? t('resent') : null} />
      </form>
      <p>
        {t('noCode')}{' '}
        <button type="button" className="link-button" onClick={onResend}>
          {t('resend')}
        </button>
      </p>
    </section>
  );
}
