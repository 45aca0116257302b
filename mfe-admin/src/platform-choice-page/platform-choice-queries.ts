import { graphql } from '../gql';

/** Cases whose patient asked Consilium to choose, oldest first. */
export const PANELS_AWAITING_PLATFORM_CHOICE = graphql(`
  query PanelsAwaitingPlatformChoice {
    panelsAwaitingPlatformChoice {
      id
      seats
      preferredSpecialties
      preferredLanguages
      createdAt
      case {
        id
        presentingComplaint
        patient {
          id
          fullName
        }
      }
    }
  }
`);

/** A ranked specialist, the score explained factor by factor. */
export const SPECIALIST_MATCH = graphql(`
  fragment SpecialistMatchFields on SpecialistMatch {
    score
    specialist {
      id
      fullName
      specialty
      subSpecialty
      city
      languages
      yearsOfExperience
      aiimsTrained
    }
    factors {
      factor
      points
      maxPoints
      explanation
    }
  }
`);

/** One case's request and the panel the platform suggests, with the next best candidates. */
export const PANEL_SUGGESTION_REVIEW = graphql(`
  query PanelSuggestionReview($caseId: ID!) {
    case(id: $caseId) {
      id
      presentingComplaint
      questions
      patient {
        id
        fullName
      }
      panel {
        id
        mode
        seats
        preferredSpecialties
        preferredLanguages
        members {
          id
        }
      }
      panelSuggestion {
        mode
        specialties
        suggested {
          ...SpecialistMatchFields
        }
        alternatives {
          ...SpecialistMatchFields
        }
      }
    }
  }
`);

/** Confirms the panel staff chose; the specialists are then asked. */
export const CONFIRM_PLATFORM_PANEL = graphql(`
  mutation ConfirmPlatformPanel($caseId: ID!, $specialistIds: [ID!]!) {
    confirmPlatformPanel(caseId: $caseId, specialistIds: $specialistIds) {
      id
      mode
      seats
      members {
        id
        status
        specialist {
          id
          fullName
        }
      }
    }
  }
`);
