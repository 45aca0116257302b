import { graphql } from '../gql';

/**
 * A paid case's consultation for its patient (or proxy): each specialist's contact clock and the
 * contact log, the appointments, and the requests for more information or tests.
 */
export const PATIENT_CONSULTATION = graphql(`
  query PatientConsultation($id: ID!) {
    case(id: $id) {
      id
      stage
      patient {
        id
        fullName
      }
      infoRequests {
        id
        kind
        status
        specialist {
          id
          fullName
        }
      }
      ...SpecialistContacts
      ...ContactLog
      ...CaseAppointments
      ...CaseInfoRequests
    }
  }
`);

/** Whether a case has a consultation to show, and what the specialists wait for. */
export const PATIENT_CONSULTATION_SUMMARY = graphql(`
  query PatientConsultationSummary($id: ID!) {
    case(id: $id) {
      id
      contactSlas {
        id
        contactedAt
      }
      appointments {
        id
        status
      }
      infoRequests {
        id
        kind
        status
        specialist {
          id
          fullName
        }
      }
    }
  }
`);

/** Stages before the fee is paid: there is no consultation yet. */
export const BEFORE_PAYMENT: ReadonlySet<string> = new Set([
  'DRAFT',
  'SUBMITTED',
  'CONSENTED',
  'PANEL_REQUESTED',
  'AWAITING_CONFIRMATION',
  'AWAITING_PAYMENT',
]);
