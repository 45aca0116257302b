import { graphql } from '../gql';

/** The signed-in specialist's zone and weekly consulting hours (times are shown in that zone). */
export const DOCTOR_SCHEDULE = graphql(`
  query DoctorSchedule($specialistId: ID!) {
    specialist(id: $specialistId) {
      id
      timeZone
      weeklyAvailability {
        weekday
        start
        end
      }
    }
  }
`);

/** The signed-in specialist's 48-hour contact clocks on open cases, due soonest first. */
export const MY_CONTACT_SLAS = graphql(`
  query MyContactSlas {
    myContactSlas {
      id
      status
      dueAt
      startedAt
      contactedAt
      firstReminderAt
      secondReminderAt
      breachedAt
      case {
        id
        stage
        patient {
          id
          fullName
        }
      }
    }
  }
`);

/** The contacts logged on a case and each specialist's contact clock. */
export const CASE_CONTACTS = graphql(`
  query DoctorCaseContacts($caseId: ID!) {
    case(id: $caseId) {
      id
      contactSlas {
        id
        status
        dueAt
        startedAt
        contactedAt
        firstReminderAt
        secondReminderAt
        breachedAt
        specialist {
          id
          fullName
        }
      }
      contacts {
        id
        channel
        occurredAt
        note
        specialist {
          id
          fullName
        }
      }
    }
  }
`);

/** The specialist logs a contact with the patient; the first one stops their clock. */
export const LOG_CONTACT = graphql(`
  mutation LogContact($input: ContactLogInput!) {
    logContact(input: $input) {
      id
      channel
      occurredAt
      note
    }
  }
`);
