import { AuthError, FormError, FormField, signIn, useSession } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import {
  authUrl,
  goAfterSignIn,
  homePathFor,
  leaveNotice,
  navigateOnClick,
  rememberedLogin,
  rememberLogin,
  takeNotice,
} from '../auth-form/auth-navigation';
import { BusyStatus } from '../auth-form/form-field.component';
import { PUBLIC_PAGES } from '../public-site/public-pages';
import {
  describeAuthError,
  isValid,
  useAuthForm,
  type FormErrors,
} from '../auth-form/use-auth-form';

const FIELD_IDS = { login: 'sign-in-login', password: 'sign-in-password' };

/**
 * Sign in with an email or phone number and a password, then go back to the app address the
 * visitor came from (`?next=`) or to their role's app. An unverified account goes to the
 * verification page (the gateway has sent a new code). Below the form, links to the public pages
 * for someone new.
 */
export function SignInPage({ search }: { search: string }): ReactElement {
  const { t } = useTranslation('auth');
  const params = new URLSearchParams(search);
  const next = params.get('next');
  const { viewer } = useSession();
  const [notice] = useState(() => takeNotice('signedOut', 'passwordChanged'));
  const [login, setLogin] = useState(() =>
    notice?.kind === 'passwordChanged' ? notice.login : rememberedLogin(),
  );
  const [password, setPassword] = useState('');
  const form = useAuthForm();
  const { errors } = form;

  const validate = (): FormErrors => {
    const fields: Record<string, string> = {};
    if (!login.trim()) fields[FIELD_IDS.login] = t('error.loginRequired');
    if (!password) fields[FIELD_IDS.password] = t('error.passwordRequired');
    return { fields, form: null };
  };

  const onSubmit = (): void => {
    const invalid = validate();
    if (!isValid(invalid)) return form.showErrors(invalid);
    void form.submit(
      async () => {
        const signedIn = await signIn(login.trim(), password);
        goAfterSignIn(signedIn, next);
      },
      (error) => {
        if (error instanceof AuthError && error.code === 'UNVERIFIED') {
          leaveNotice({ kind: 'unverified' });
          navigateToUrl(authUrl('/verify', { login: login.trim(), next }));
          return { fields: {}, form: null };
        }
        const described = describeAuthError(error, t, FIELD_IDS);
        if (described.formFields) setPassword('');
        return described;
      },
    );
  };

  const described = (id: string): string[] =>
    errors.form && errors.formFields?.includes(id) ? ['sign-in-error'] : [];

  return (
    <section aria-labelledby="sign-in-title" className="page auth-page">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      {notice?.kind === 'signedOut' && (
        <p role="status">{notice.everywhere ? t('signedOutEverywhere') : t('signedOut')}</p>
      )}
      {notice?.kind === 'passwordChanged' && <p role="status">{t('passwordChanged')}</p>}
      {viewer && (
        <p>
          {t('alreadySignedIn', { name: viewer.displayName })}{' '}
          <a href={homePathFor(viewer)} onClick={navigateOnClick(homePathFor(viewer))}>
            {t('goToYourPage')}
          </a>
        </p>
      )}
      <p>{t('signInIntro')}</p>
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <FormError id="sign-in-error" message={errors.form} />
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
          describedBy={described(FIELD_IDS.login)}
          invalid={described(FIELD_IDS.login).length > 0}
        />
        <FormField
          id={FIELD_IDS.password}
          label={t('password')}
          type="password"
          verbatim
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={errors.fields[FIELD_IDS.password]}
          describedBy={described(FIELD_IDS.password)}
          invalid={described(FIELD_IDS.password).length > 0}
        />
        <p>
          <button type="submit">{t('signInButton')}</button>
        </p>
        <BusyStatus message={form.busy ? t('signingIn') : null} />
      </form>
      <p>
        <a
          href="/reset-password"
          onClick={(event) => {
            rememberLogin(login);
            navigateOnClick('/reset-password')(event);
          }}
        >
          {t('forgotPassword')}
        </a>
      </p>
      <p>
        {t('noAccount')}{' '}
        <a
          href={authUrl('/sign-up', { next })}
          onClick={navigateOnClick(authUrl('/sign-up', { next }))}
        >
          {t('createAccount')}
        </a>
      </p>
      <p id="sign-in-learn">{t('learnFirst')}</p>
      <ul aria-labelledby="sign-in-learn">
        {PUBLIC_PAGES.map((page) => (
          <li key={page.path}>
            <a href={page.path} onClick={navigateOnClick(page.path)}>
              {t(`public:title.${page.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
