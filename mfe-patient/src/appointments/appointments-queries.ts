import { graphql } from '../gql';
import type { CaseAppointmentsFragment } from '../gql/graphql';

/** A case's appointments: the times offered, what was booked, moved or cancelled, and why. */
export const CASE_APPOINTMENTS = graphql(`
  fragment CaseAppointments on Case {
    id
    appointments {
      id
      status
      mode
      durationMinutes
      startsAt
      endsAt
      meetingUrl
      address
      rescheduleReason
      cancelReason
      specialist {
        id
        fullName
      }
      slots {
        id
        startsAt
        endsAt
      }
    }
  }
`);

/** The patient's side picks one of the offered times. */
export const BOOK_APPOINTMENT = graphql(`
  mutation BookAppointment($appointmentId: ID!, $slotId: ID!) {
    bookAppointment(appointmentId: $appointmentId, slotId: $slotId) {
      id
      status
      startsAt
      endsAt
      meetingUrl
      address
    }
  }
`);

/** Cancels an appointment (or declines the times offered), with a reason the specialist sees. */
export const CANCEL_APPOINTMENT = graphql(`
  mutation CancelAppointment($appointmentId: ID!, $reason: String!) {
    cancelAppointment(appointmentId: $appointmentId, reason: $reason) {
      id
      status
      cancelReason
      cancelledAt
    }
  }
`);

/** One appointment of a case as the patient's side sees it. */
export type PatientAppointment = CaseAppointmentsFragment['appointments'][number];

/** The longest reason the API takes (characters). */
export const MAX_REASON_LENGTH = 500;
