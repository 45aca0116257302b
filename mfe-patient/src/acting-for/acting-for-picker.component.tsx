import { useQuery } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const ACTING_FOR_PATIENT = graphql(`
  query ActingForPatient($id: ID!) {
    patient(id: $id) {
      id
      fullName
    }
  }
`);

/** One patient in the picker, named once their record has loaded. */
function PatientOption(props: { patientId: string; position: number }): ReactElement {
  const { t } = useTranslation('patient');
  const { data } = useQuery(ACTING_FOR_PATIENT, { variables: { id: props.patientId } });
  return (
    <option value={props.patientId}>
      {data?.patient.fullName ?? t('patientNumber', { number: props.position })}
    </option>
  );
}

/**
 * "Acting for: …": for a proxy who may act for several patients, which one the app shows. The
 * choice is kept in memory while the page is open.
 */
export function ActingForPicker(props: {
  patientIds: readonly string[];
  value: string;
  onChange: (patientId: string) => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <p className="acting-for">
      <label>
        {t('actingFor')}{' '}
        <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
          {props.patientIds.map((patientId, index) => (
            <PatientOption key={patientId} patientId={patientId} position={index + 1} />
          ))}
        </select>
      </label>
    </p>
  );
}
