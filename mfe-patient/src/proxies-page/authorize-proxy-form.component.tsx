import { useMutation } from '@apollo/client/react';
import { PROXY_RELATIONSHIPS } from '@consilium/validation';
import { FormError, FormField, mutationProblem, refreshSession } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ProxyRelationship } from '../gql/graphql';
import { FormStatus, isValid, usePageForm, type FormErrors } from '../form-parts/form-parts';

const AUTHORIZE_PROXY = graphql(`
  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {
    authorizeProxy(input: $input) {
      id
      proxyDisplayName
    }
  }
`);

/** The form's field ids by the names the gateway gives fields in its errors. */
const FIELD_IDS: Record<string, string> = {
  proxyLogin: 'authorize-login',
  relationship: 'authorize-relationship',
  validUntil: 'authorize-until',
  validFrom: 'authorize-until',
};

/** Loose checks that catch typing slips; the gateway decides (and normalises phone numbers). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The server's sentences about the proxy's login, in the viewer's language. */
const LOGIN_MESSAGES: [RegExp, string][] = [
  [/no account/i, 'error.noAccount'],
  [/own proxy/i, 'error.ownProxy'],
];

/** Today's date in India (the date input's days are days there), as `YYYY-MM-DD`. */
function todayInIndia(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
}

/**
 * "Authorise someone": lets another account act for the patient, by their email or phone, with
 * their relationship and an optional last day. The session is renewed afterwards.
 */
export function AuthorizeProxyForm(props: {
  patientId: string;
  onAuthorized: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [login, setLogin] = useState('');
  const [relationship, setRelationship] = useState<ProxyRelationship>('SPOUSE');
  const [until, setUntil] = useState('');
  const [authorized, setAuthorized] = useState<string | null>(null);
  const [authorize] = useMutation(AUTHORIZE_PROXY);
  const form = usePageForm();
  const { errors } = form;

  const validate = (): FormErrors => {
    const fields: Record<string, string> = {};
    const typed = login.trim();
    const digits = typed.replace(/\D/g, '');
    if (!typed) fields[FIELD_IDS['proxyLogin']!] = t('error.loginRequired');
    else if (!EMAIL.test(typed) && !(PHONE.test(typed) && digits.length >= 10)) {
      fields[FIELD_IDS['proxyLogin']!] = t('error.loginFormat');
    }
    if (until && !DATE.test(until)) fields[FIELD_IDS['validUntil']!] = t('error.untilFormat');
    else if (until && until < todayInIndia()) {
      fields[FIELD_IDS['validUntil']!] = t('error.untilPast');
    }
    return { fields, form: null };
  };

  const describe = (error: unknown): FormErrors => {
    const problem = mutationProblem(error);
    const fieldId = problem.field ? FIELD_IDS[problem.field] : undefined;
    if (problem.code === 'BAD_USER_INPUT' && fieldId) {
      const known =
        problem.field === 'proxyLogin'
          ? LOGIN_MESSAGES.find(([pattern]) => pattern.test(problem.message))?.[1]
          : problem.field === 'validUntil'
            ? 'error.untilPast'
            : undefined;
      return { fields: { [fieldId]: known ? t(known) : problem.message }, form: null };
    }
    if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('error.FORBIDDEN') };
    if (problem.code !== 'NETWORK') console.error('Consilium: authorising failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };

  const onSubmit = (): void => {
    setAuthorized(null);
    const invalid = validate();
    if (!isValid(invalid)) return form.showErrors(invalid);
    void form.submit(async () => {
      const result = await authorize({
        variables: {
          input: {
            patientId: props.patientId,
            proxyLogin: login.trim(),
            relationship,
            // to the end of the chosen day in India
            validUntil: until ? new Date(`${until}T23:59:59.999+05:30`).toISOString() : null,
          },
        },
      });
      const grant = result.data?.authorizeProxy;
      if (!grant) throw new Error('authorizeProxy answered no data');
      setLogin('');
      setRelationship('SPOUSE');
      setUntil('');
      setAuthorized(grant.proxyDisplayName);
      // Tokens carry the patients one acts for: take a fresh one.
      await refreshSession();
      props.onAuthorized();
    }, describe);
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="authorize-title"
      className="auth-page"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="authorize-title">{t('authorizeTitle')}</h2>
      <FormError id="authorize-error" message={errors.form} />
      <FormField
        id={FIELD_IDS['proxyLogin']!}
        label={t('proxyLogin')}
        hint={t('proxyLoginHint')}
        value={login}
        onChange={setLogin}
        autoComplete="off"
        required
        verbatim
        error={errors.fields[FIELD_IDS['proxyLogin']!]}
      />
      <FormField
        id={FIELD_IDS['relationship']!}
        label={t('theirRelationship')}
        value={relationship}
        onChange={(value) => setRelationship(value as ProxyRelationship)}
        options={PROXY_RELATIONSHIPS.map((value) => ({ value, label: t(`relationship.${value}`) }))}
        error={errors.fields[FIELD_IDS['relationship']!]}
      />
      <FormField
        id={FIELD_IDS['validUntil']!}
        label={t('validUntilOptional')}
        hint={t('validUntilHint')}
        type="date"
        value={until}
        onChange={setUntil}
        error={errors.fields[FIELD_IDS['validUntil']!]}
      />
      <p>
        <button type="submit" disabled={form.busy}>
          {t('authorize')}
        </button>
      </p>
      <FormStatus>
        {form.busy ? (
          <p className="muted">{t('authorizing')}</p>
        ) : authorized ? (
          <p>{t('authorized', { name: authorized })}</p>
        ) : null}
      </FormStatus>
    </form>
  );
}
