import { graphql } from '../gql';

/** The case to choose doctors for, the price list in force and the specialties. */
export const PANEL_BUILDER = graphql(`
  query PanelBuilder($caseId: ID!) {
    case(id: $caseId) {
      id
      stage
      needsConsent
      patient {
        id
        fullName
      }
      panel {
        id
      }
    }
    currentPriceList {
      id
      currency
      includes
      excludes
      entries {
        id
        label
        minSpecialists
        maxSpecialists
        amount
      }
    }
    specialties
  }
`);

/** Asks the chosen doctors (or the platform) to take the case; a retry reuses its key. */
export const REQUEST_PANEL = graphql(`
  mutation RequestPanel($caseId: ID!, $requestedPanel: PanelRequestInput!, $idempotencyKey: ID!) {
    requestPanel(
      caseId: $caseId
      requestedPanel: $requestedPanel
      idempotencyKey: $idempotencyKey
    ) {
      id
      mode
      seats
      size
      chosenByPlatform
    }
  }
`);
