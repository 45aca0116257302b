import { graphql } from '../gql';

/** The signed-in specialist's requests to join a panel, answered or not (newest first). */
export const PANEL_INVITATIONS = graphql(`
  query PanelInvitations($specialistId: ID!) {
    specialist(id: $specialistId) {
      id
      fullName
      timeZone
      maxActiveCases
      panelMemberships {
        id
        status
        createdAt
        respondBy
        respondedAt
        declineReason
        replacedAt
        case {
          id
        }
      }
    }
  }
`);

/**
 * What a specialist asked to join may read of the case before answering: what the patient asks,
 * the panel's mode and who else is on it. Asked per invitation, as a specialist who declined no
 * longer may read the case.
 */
export const INVITATION_CASE = graphql(`
  query InvitationCase($caseId: ID!) {
    case(id: $caseId) {
      id
      presentingComplaint
      reasonForSecondOpinion
      reasonDetail
      questions
      conditions {
        text
      }
      patient {
        id
        fullName
      }
      panel {
        id
        mode
        seats
        members {
          id
          status
          specialist {
            id
            fullName
            specialty
          }
        }
      }
    }
  }
`);

/** The specialist confirms or declines taking a case. */
export const RESPOND_TO_PANEL_REQUEST = graphql(`
  mutation RespondToPanelRequest($panelMemberId: ID!, $accept: Boolean!, $reason: String) {
    respondToPanelRequest(panelMemberId: $panelMemberId, accept: $accept, reason: $reason) {
      id
      status
      respondedAt
      declineReason
    }
  }
`);
