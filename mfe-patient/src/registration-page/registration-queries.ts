import { graphql } from '../gql';

/** What the registration form shows of a patient. */
export const PATIENT_REGISTRATION_FIELDS = graphql(`
  fragment PatientRegistrationFields on Patient {
    id
    fullName
    nameLocal
    birthDate
    gender
    genderIdentity
    phone
    email
    preferredLanguage
    age
    address {
      line1
      line2
      city
      district
      state
      postalCode
      country
    }
    emergencyContact {
      name
      relationship
      phone
    }
    identifier {
      type
      value
    }
    guardian {
      fullName
      relationship
      phone
      identifier {
        type
        value
      }
    }
  }
`);

/** A patient's registration, to edit it (NOT_FOUND before the first one). */
export const PATIENT_REGISTRATION = graphql(`
  query PatientRegistration($id: ID!) {
    patient(id: $id) {
      id
      ...PatientRegistrationFields
    }
  }
`);

/** Creates or updates a patient's registration; answers what was stored. */
export const REGISTER_PATIENT = graphql(`
  mutation RegisterPatient($patientId: ID!, $patient: PatientRegistrationInput!) {
    registerPatient(patientId: $patientId, patient: $patient) {
      id
      ...PatientRegistrationFields
    }
  }
`);
