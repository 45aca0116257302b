import {
  FieldError,
  FormError,
  FormField,
  LANGUAGES,
  signUp,
  type AccountKind,
  type Language,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { authUrl, leaveNotice, navigateOnClick } from '../auth-form/auth-navigation';
import { BusyStatus } from '../auth-form/form-field.component';
import {
  describeAuthError,
  isValid,
  newPasswordProblem,
  passwordRuleHint,
  useAuthForm,
  type FormErrors,
} from '../auth-form/use-auth-form';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी' };

/** The page's field ids by the gateway's field names (its errors name these). */
const FIELD_IDS = {
  kind: 'sign-up-kind-PATIENT',
  displayName: 'sign-up-name',
  email: 'sign-up-email',
  phone: 'sign-up-phone',
  password: 'sign-up-password',
  language: 'sign-up-language',
};

/** Loose checks that catch typing slips; the gateway decides (and normalises phone numbers). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

/**
 * Create an account for oneself (patient) or for someone one cares for (proxy): name, email
 * and/or mobile number, password (the rule is shown), language for messages. Then the
 * verification page, where the code sent to the email (or phone) confirms the account.
 */
export function SignUpPage({ search }: { search: string }): ReactElement {
  const { t, i18n } = useTranslation('auth');
  const next = new URLSearchParams(search).get('next');
  const [kind, setKind] = useState<AccountKind>('PATIENT');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'hi' ? 'hi' : 'en');
  const form = useAuthForm();
  const { errors } = form;
  const kindError = errors.fields[FIELD_IDS.kind];
  const languageError = errors.fields[FIELD_IDS.language];

  const validate = (): FormErrors => {
    const fields: Record<string, string> = {};
    if (!displayName.trim()) fields[FIELD_IDS.displayName] = t('error.nameRequired');
    if (!email.trim() && !phone.trim()) fields[FIELD_IDS.email] = t('error.contactRequired');
    if (email.trim() && !EMAIL.test(email.trim())) fields[FIELD_IDS.email] = t('error.emailFormat');
    const digits = phone.replace(/\D/g, '');
    if (phone.trim() && (!PHONE_CHARACTERS.test(phone.trim()) || digits.length < 10)) {
      fields[FIELD_IDS.phone] = t('error.phoneFormat');
    }
    const passwordError = newPasswordProblem(password, t);
    if (passwordError) fields[FIELD_IDS.password] = passwordError;
    return { fields, form: null };
  };

  const onSubmit = (): void => {
    const invalid = validate();
    if (!isValid(invalid)) return form.showErrors(invalid);
    void form.submit(
      async () => {
        const sent = await signUp({
          kind,
          displayName: displayName.trim(),
          ...(email.trim() ? { email: email.trim() } : {}),
          ...(phone.trim() ? { phone: phone.trim() } : {}),
          password,
          language,
        });
        const login = sent.verification.channel === 'SMS' || !email.trim() ? phone : email;
        leaveNotice({ kind: 'codeSent', sentTo: sent.verification.sentTo });
        navigateToUrl(authUrl('/verify', { login: login.trim(), next }));
      },
      (error) => describeAuthError(error, t, FIELD_IDS),
    );
  };

  return (
    <section aria-labelledby="sign-up-title" className="page auth-page">
      <h1 id="sign-up-title">{t('signUpTitle')}</h1>
      <p>{t('signUpIntro')}</p>
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <FormError id="sign-up-error" message={errors.form} />
        <fieldset className="choice-group">
          <legend>{t('kindLegend')}</legend>
          {kindError && <FieldError id="sign-up-kind-error" message={kindError} />}
          {(['PATIENT', 'PROXY'] as const).map((option) => (
            <div className="choice" key={option}>
              <input
                type="radio"
                id={`sign-up-kind-${option}`}
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                aria-describedby={[
                  `sign-up-kind-${option}-hint`,
                  ...(kindError ? ['sign-up-kind-error'] : []),
                ].join(' ')}
                aria-invalid={kindError ? true : undefined}
              />
              <label htmlFor={`sign-up-kind-${option}`}>
                {t(option === 'PATIENT' ? 'kindPatient' : 'kindProxy')}
              </label>
              <p id={`sign-up-kind-${option}-hint`} className="hint">
                {t(option === 'PATIENT' ? 'kindPatientHint' : 'kindProxyHint')}
              </p>
            </div>
          ))}
        </fieldset>
        <FormField
          id={FIELD_IDS.displayName}
          label={t('displayName')}
          hint={t('displayNameHint')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="name"
          required
          error={errors.fields[FIELD_IDS.displayName]}
        />
        <fieldset aria-describedby="sign-up-contact-hint">
          <legend>{t('contactLegend')}</legend>
          <p id="sign-up-contact-hint" className="hint">
            {t('contactHint')}
          </p>
          <FormField
            id={FIELD_IDS.email}
            label={t('email')}
            type="email"
            verbatim
            value={email}
            onChange={setEmail}
            autoComplete="email"
            error={errors.fields[FIELD_IDS.email]}
          />
          <FormField
            id={FIELD_IDS.phone}
            label={t('phone')}
            hint={t('phoneHint')}
            type="tel"
            verbatim
            value={phone}
            onChange={setPhone}
            autoComplete="tel"
            error={errors.fields[FIELD_IDS.phone]}
          />
        </fieldset>
        <FormField
          id={FIELD_IDS.password}
          label={t('newPassword')}
          hint={passwordRuleHint(t)}
          type="password"
          verbatim
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          error={errors.fields[FIELD_IDS.password]}
        />
        <div className="field">
          <label htmlFor={FIELD_IDS.language}>{t('language')}</label>
          {languageError && <FieldError id="sign-up-language-error" message={languageError} />}
          <select
            id={FIELD_IDS.language}
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
            aria-invalid={languageError ? true : undefined}
            aria-describedby={languageError ? 'sign-up-language-error' : undefined}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">{t('signUpButton')}</button>
        </p>
        <BusyStatus message={form.busy ? t('creatingAccount') : null} />
      </form>
      <p>
        {t('haveAccount')}{' '}
        <a
          href={authUrl('/sign-in', { next })}
          onClick={navigateOnClick(authUrl('/sign-in', { next }))}
        >
          {t('signInLink')}
        </a>
      </p>
    </section>
  );
}
