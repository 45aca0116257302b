import {
  confirmPasswordReset,
  FormError,
  FormField,
  requestPasswordReset,
} from '@consilium/web-kit';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import {
  leaveNotice,
  navigateOnClick,
  rememberedLogin,
  rememberLogin,
} from '../auth-form/auth-navigation';
import { BusyStatus } from '../auth-form/form-field.component';
import {
  describeAuthError,
  isValid,
  newPasswordProblem,
  passwordRuleHint,
  useAuthForm,
  type FormErrors,
} from '../auth-form/use-auth-form';

const FIELD_IDS = { login: 'reset-login', code: 'reset-code', password: 'reset-password' };
const SIX_DIGITS = /^\d{6}$/;

/**
 * Forgotten password, in two steps on one page: the email or phone of the account (a code is
 * sent, without saying whether the account exists), then the code and a new password; then the
 * sign-in page.
 */
export function ResetPasswordPage(): ReactElement {
  const { t } = useTranslation('auth');
  const [step, setStep] = useState<'ask' | 'confirm'>('ask');
  const [login, setLogin] = useState(rememberedLogin);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [resent, setResent] = useState(false);
  const stepHeading = useRef<HTMLParagraphElement>(null);
  const form = useAuthForm();
  const { errors } = form;

  useEffect(() => {
    // The form changed under the keyboard user: start them at its instructions.
    if (step === 'confirm') stepHeading.current?.focus();
  }, [step]);

  const ask = (): void => {
    if (!login.trim()) {
      return form.showErrors({
        fields: { [FIELD_IDS.login]: t('error.loginRequired') },
        form: null,
      });
    }
    void form.submit(
      async () => {
        await requestPasswordReset(login.trim());
        rememberLogin(login);
        setStep('confirm');
      },
      (error) => describeAuthError(error, t, FIELD_IDS),
    );
  };

  const validateConfirm = (): FormErrors => {
    const fields: Record<string, string> = {};
    if (!SIX_DIGITS.test(code.replace(/\s/g, ''))) fields[FIELD_IDS.code] = t('error.codeFormat');
    const passwordError = newPasswordProblem(password, t);
    if (passwordError) fields[FIELD_IDS.password] = passwordError;
    return { fields, form: null };
  };

  const confirm = (): void => {
    const invalid = validateConfirm();
    if (!isValid(invalid)) return form.showErrors(invalid);
    setResent(false);
    void form.submit(
      async () => {
        await confirmPasswordReset(login.trim(), code.replace(/\s/g, ''), password);
        leaveNotice({ kind: 'passwordChanged', login: login.trim() });
        navigateToUrl('/sign-in');
      },
      (error) => describeAuthError(error, t, FIELD_IDS),
    );
  };

  const sendAgain = (): void => {
    setResent(false);
    void form.submit(
      async () => {
        await requestPasswordReset(login.trim());
        setResent(true);
      },
      (error) => describeAuthError(error, t, FIELD_IDS),
    );
  };

  return (
    <section aria-labelledby="reset-title" className="page auth-page">
      <h1 id="reset-title">{t('resetTitle')}</h1>
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'ask') ask();
          else confirm();
        }}
      >
        <FormError id="reset-error" message={errors.form} />
        {step === 'ask' ? (
          <>
            <p>{t('resetIntro')}</p>
            <FormField
              id={FIELD_IDS.login}
              label={t('login')}
              hint={t('loginHint')}
              value={login}
              onChange={setLogin}
              autoComplete="username"
              verbatim
              required
              error={errors.fields[FIELD_IDS.login]}
            />
            <p>
              <button type="submit">{t('sendCode')}</button>
            </p>
          </>
        ) : (
          <>
            <p ref={stepHeading} tabIndex={-1}>
              {t('resetCodeSent', { login: login.trim() })}
            </p>
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
            <FormField
              id={FIELD_IDS.password}
              label={t('newPasswordLabel')}
              hint={passwordRuleHint(t)}
              type="password"
              verbatim
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              required
              error={errors.fields[FIELD_IDS.password]}
            />
            <p>
              <button type="submit">{t('setPassword')}</button>
            </p>
          </>
        )}
        <BusyStatus
          message={
            form.busy
              ? t(step === 'ask' ? 'sendingCode' : 'settingPassword')
              : resent
                ? t('resent')
                : null
          }
        />
      </form>
      {step === 'confirm' && (
        <p className="toolbar">
          <button type="button" className="link-button" onClick={sendAgain}>
            {t('resend')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setCode('');
              setPassword('');
              setStep('ask');
            }}
          >
            {t('otherLogin')}
          </button>
        </p>
      )}
      <p>
        <a href="/sign-in" onClick={navigateOnClick('/sign-in')}>
          {t('backToSignIn')}
        </a>
      </p>
    </section>
  );
}
