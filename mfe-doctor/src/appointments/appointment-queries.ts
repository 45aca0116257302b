import { graphql } from '../gql';

/** An appointment as the doctor app shows it, times in the viewer's zone. */
export const APPOINTMENT_FIELDS = graphql(`
  fragment DoctorAppointmentFields on Appointment {
    id
    status
    mode
    durationMinutes
    startsAt
    startsAtDisplay(timeZone: $timeZone)
    meetingUrl
    address
    rescheduleReason
    cancelReason
    slots {
      id
      startsAt
      display(timeZone: $timeZone)
    }
    specialist {
      id
      fullName
    }
  }
`);

/** A case's appointments, newest first as the API gives them. */
export const CASE_APPOINTMENTS = graphql(`
  query DoctorCaseAppointments($caseId: ID!, $timeZone: String!) {
    case(id: $caseId) {
      id
      appointments {
        id
        ...DoctorAppointmentFields
      }
    }
  }
`);

/** The signed-in specialist's coming appointments, on every case. */
export const MY_APPOINTMENTS = graphql(`
  query MyAppointments($timeZone: String!) {
    myAppointments {
      id
      ...DoctorAppointmentFields
      case {
        id
        patient {
          id
          fullName
        }
      }
    }
  }
`);

/** The specialist offers 1–6 times for a phone, video or in-person consultation. */
export const PROPOSE_APPOINTMENT = graphql(`
  mutation ProposeAppointment($input: AppointmentProposalInput!) {
    proposeAppointment(input: $input) {
      id
      status
    }
  }
`);

/** The specialist moves a booked appointment, with a reason. */
export const RESCHEDULE_APPOINTMENT = graphql(`
  mutation RescheduleAppointment($appointmentId: ID!, $slot: LocalTimeInput!, $reason: String!) {
    rescheduleAppointment(appointmentId: $appointmentId, slot: $slot, reason: $reason) {
      id
      status
      startsAt
      rescheduleReason
    }
  }
`);

/** The specialist cancels an appointment, with a reason. */
export const CANCEL_APPOINTMENT = graphql(`
  mutation CancelAppointment($appointmentId: ID!, $reason: String!) {
    cancelAppointment(appointmentId: $appointmentId, reason: $reason) {
      id
      status
      cancelReason
    }
  }
`);
