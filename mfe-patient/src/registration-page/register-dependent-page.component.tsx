import { useMutation } from '@apollo/client/react';
import {
  GUARDIAN_RELATIONSHIPS,
  PROXY_RELATIONSHIPS,
  type ProxyRelationship as Relationship,
} from '@consilium/validation';
import { FormField, refreshSession, type Viewer } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberActingFor } from '../acting-for/acting-for';
import { graphql, useFragment } from '../gql';
import type { PatientRegistrationInput, ProxyRelationship } from '../gql/graphql';
import { AfterRegistration } from './registration-page.component';
import { RegistrationForm } from './registration-form.component';
import { PATIENT_REGISTRATION_FIELDS, REGISTER_PATIENT } from './registration-queries';
import { emptyRegistration, type StoredPatient } from './registration-values';

const REGISTER_DEPENDENT_PATIENT = graphql(`
  mutation RegisterDependentPatient($input: RegisterDependentInput!) {
    registerDependent(input: $input) {
      id
      patientId
      patientDisplayName
    }
  }
`);

/**
 * `/register/dependent`: a proxy registers someone they care for (a child, or an adult who cannot
 * act) in full. First the identity service makes them the person's proxy (`registerDependent`,
 * which gives the new patient id); the session is renewed so the token lists that patient; then
 * the registration is stored (`registerPatient`). A retry after a failed second step reuses the
 * patient made by the first.
 */
export function RegisterDependentPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [relationship, setRelationship] = useState<ProxyRelationship>(PROXY_RELATIONSHIPS[0]);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const created = useRef<string | null>(null);
  const [registerDependent] = useMutation(REGISTER_DEPENDENT_PATIENT);
  const [register] = useMutation(REGISTER_PATIENT);

  const save = async (input: PatientRegistrationInput): Promise<StoredPatient> => {
    if (!created.current) {
      const result = await registerDependent({
        variables: { input: { displayName: input.fullName.trim(), relationship } },
      });
      const grant = result.data?.registerDependent;
      if (!grant) throw new Error('registerDependent answered no data');
      created.current = grant.patientId;
      setCreatedId(grant.patientId);
      rememberActingFor(viewer.id, grant.patientId);
      // The access token lists the patients one may act for: take one that lists the new one.
      await refreshSession();
    }
    const result = await register({
      variables: { patientId: created.current, patient: input },
    });
    if (!result.data) throw new Error('registerPatient answered no data');
    return useFragment(PATIENT_REGISTRATION_FIELDS, result.data.registerPatient);
  };

  const initial = emptyRegistration();
  initial['guardian.fullName'] = viewer.displayName;
  if ((GUARDIAN_RELATIONSHIPS as readonly string[]).includes(relationship)) {
    initial['guardian.relationship'] = relationship;
  }

  return (
    <section aria-labelledby="registration-title" className="page">
      <p>
        <Link to="/">{t('backToMyCases')}</Link>
      </p>
      <h1 id="registration-title">{t('registerTitle')}</h1>
      <p>{t('registerIntro')}</p>
      <RegistrationForm
        stored={null}
        initial={initial}
        registrant={{ kind: 'PROXY', relationship: relationship as Relationship }}
        submitLabel={t('register')}
        save={save}
        before={
          <FormField
            id="dependent-relationship"
            label={t('yourRelationship')}
            hint={createdId ? t('reg.relationshipFixed') : undefined}
            value={relationship}
            onChange={(value) => {
              if (!created.current) setRelationship(value as ProxyRelationship);
            }}
            options={PROXY_RELATIONSHIPS.map((value) => ({
              value,
              label: t(`relationship.${value}`),
            }))}
          />
        }
        afterSave={
          createdId ? (
            <>
              <AfterRegistration />
            </>
          ) : null
        }
      />
    </section>
  );
}
