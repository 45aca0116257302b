import { useMutation, useQuery } from '@apollo/client/react';
import { QueryStatus, type Viewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFragment } from '../gql';
import type { PatientRegistrationInput } from '../gql/graphql';
import { isNewPatient } from '../my-cases-page/my-cases-page.component';
import { RegistrationForm } from './registration-form.component';
import {
  PATIENT_REGISTRATION,
  PATIENT_REGISTRATION_FIELDS,
  REGISTER_PATIENT,
} from './registration-queries';
import {
  emptyRegistration,
  registrationFromPatient,
  type StoredPatient,
} from './registration-values';

/** Where to go once registered: start a case, or back to the cases. */
export function AfterRegistration(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <p>
      <Link to="/cases/new">{t('startCase')}</Link> · <Link to="/">{t('backToMyCases')}</Link>
    </p>
  );
}

/**
 * `/register/:patientId`: the registration of the viewer's own record, or of a patient they act
 * for; empty before the first registration, the stored details afterwards.
 */
export function RegistrationPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const { patientId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PATIENT_REGISTRATION, {
    variables: { id: patientId },
    fetchPolicy: 'network-only',
  });
  const [register] = useMutation(REGISTER_PATIENT);
  const own = viewer.roles.includes('PATIENT') && viewer.patientIds[0] === patientId;
  const fresh = !data && isNewPatient(error);
  if (!data && !fresh) {
    return (
      <QueryStatus
        title={t('reg.title')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const stored: StoredPatient | null = data
    ? useFragment(PATIENT_REGISTRATION_FIELDS, data.patient)
    : null;
  const save = async (input: PatientRegistrationInput): Promise<StoredPatient> => {
    const result = await register({ variables: { patientId, patient: input } });
    if (!result.data) throw new Error('registerPatient answered no data');
    return useFragment(PATIENT_REGISTRATION_FIELDS, result.data.registerPatient);
  };
  return (
    <section aria-labelledby="registration-title" className="page">
      <p>
        <Link to="/">{t('backToMyCases')}</Link>
      </p>
      <h1 id="registration-title">
        {own
          ? t('reg.titleOwn')
          : stored
            ? t('reg.titleOf', { name: stored.fullName })
            : t('reg.title')}
      </h1>
      <p>{own ? t('reg.introOwn') : t('reg.introProxy')}</p>
      <RegistrationForm
        stored={stored}
        initial={
          stored
            ? registrationFromPatient(stored)
            : emptyRegistration(own ? viewer.displayName : '')
        }
        registrant={own ? { kind: 'SELF' } : { kind: 'PROXY', relationship: null }}
        submitLabel={t('reg.save')}
        save={save}
        afterSave={<AfterRegistration />}
      />
    </section>
  );
}
