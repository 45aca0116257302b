import { useMutation } from '@apollo/client/react';
import { PROXY_RELATIONSHIPS } from '@consilium/validation';
import {
  FormError,
  FormField,
  mutationProblem,
  refreshSession,
  type Viewer,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberActingFor } from '../acting-for/acting-for';
import { graphql } from '../gql';
import type { ProxyRelationship } from '../gql/graphql';
import { FormStatus, isValid, usePageForm, type FormErrors } from '../form-parts/form-parts';

const REGISTER_DEPENDENT = graphql(`
  mutation RegisterDependent($input: RegisterDependentInput!) {
    registerDependent(input: $input) {
      id
      patientId
      patientDisplayName
    }
  }
`);

const FIELD_IDS = { displayName: 'dependent-name', relationship: 'dependent-relationship' };

/**
 * "Register someone I care for": a person (a child, or an adult who cannot act) gets a patient
 * record and the viewer becomes their proxy; the session is renewed so the viewer acts for them.
 */
export function RegisterDependentForm(props: {
  viewer: Viewer;
  onRegistered: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [displayName, setDisplayName] = useState('');
  const [relationship, setRelationship] = useState<ProxyRelationship>('PARENT');
  const [registered, setRegistered] = useState<{ name: string } | null>(null);
  const [register] = useMutation(REGISTER_DEPENDENT);
  const form = usePageForm();
  const { errors } = form;

  const validate = (): FormErrors => {
    const fields: Record<string, string> = {};
    const name = displayName.trim();
    if (!name) fields[FIELD_IDS.displayName] = t('error.nameRequired');
    else if (name.length > 200) fields[FIELD_IDS.displayName] = t('error.nameTooLong');
    return { fields, form: null };
  };

  const describe = (error: unknown): FormErrors => {
    const problem = mutationProblem(error);
    if (problem.code === 'BAD_USER_INPUT' && problem.field === 'displayName') {
      return { fields: { [FIELD_IDS.displayName]: problem.message }, form: null };
    }
    if (problem.code === 'BAD_USER_INPUT' && problem.field === 'relationship') {
      return { fields: { [FIELD_IDS.relationship]: problem.message }, form: null };
    }
    if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('error.FORBIDDEN') };
    if (problem.code !== 'NETWORK') console.error('Consilium: registering failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };

  const onSubmit = (): void => {
    setRegistered(null);
    const invalid = validate();
    if (!isValid(invalid)) return form.showErrors(invalid);
    void form.submit(async () => {
      const result = await register({
        variables: { input: { displayName: displayName.trim(), relationship } },
      });
      const grant = result.data?.registerDependent;
      if (!grant) throw new Error('registerDependent answered no data');
      rememberActingFor(props.viewer.id, grant.patientId);
      setDisplayName('');
      setRelationship('PARENT');
      setRegistered({ name: grant.patientDisplayName });
      // The access token still lists the patients from before: renew it.
      await refreshSession();
      props.onRegistered();
    }, describe);
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="register-dependent-title"
      className="auth-page"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="register-dependent-title" tabIndex={-1}>
        {t('registerTitle')}
      </h2>
      <p>{t('registerIntro')}</p>
      <FormError id="register-dependent-error" message={errors.form} />
      <FormField
        id={FIELD_IDS.displayName}
        label={t('dependentName')}
        value={displayName}
        onChange={setDisplayName}
        autoComplete="off"
        required
        error={errors.fields[FIELD_IDS.displayName]}
      />
      <FormField
        id={FIELD_IDS.relationship}
        label={t('yourRelationship')}
        value={relationship}
        onChange={(value) => setRelationship(value as ProxyRelationship)}
        options={PROXY_RELATIONSHIPS.map((value) => ({ value, label: t(`relationship.${value}`) }))}
        error={errors.fields[FIELD_IDS.relationship]}
      />
      <p>
        <button type="submit" disabled={form.busy}>
          {t('register')}
        </button>
      </p>
      <FormStatus>
        {form.busy ? (
          <p className="muted">{t('registering')}</p>
        ) : registered ? (
          <p>
            {t('registered', { name: registered.name })} <Link to="/">{t('seeTheirCases')}</Link>
          </p>
        ) : null}
      </FormStatus>
    </form>
  );
}
