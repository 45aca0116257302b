import { graphql } from '../gql';
import type { PatientCasePanelQuery } from '../gql/graphql';

/** A case's panel as its patient (or proxy) follows it: each doctor's answer, and who could step in. */
export const PATIENT_CASE_PANEL = graphql(`
  query PatientCasePanel($id: ID!) {
    case(id: $id) {
      id
      stage
      needsConsent
      panel {
        id
        mode
        seats
        size
        chosenByPlatform
        confirmedAt
        members {
          id
          status
          respondBy
          respondedAt
          declineReason
          replacedAt
          specialist {
            id
            fullName
            ...SpecialistCard
          }
          replacementSuggestions(first: 5) {
            score
            specialist {
              id
              fullName
              ...SpecialistCard
            }
            factors {
              factor
              points
              maxPoints
              explanation
            }
          }
        }
      }
    }
  }
`);

/** Asks another doctor to take the seat of one who declined or did not answer. */
export const REPLACE_PANEL_MEMBER = graphql(`
  mutation ReplacePanelMember($panelMemberId: ID!, $specialistId: ID!) {
    replacePanelMember(panelMemberId: $panelMemberId, specialistId: $specialistId) {
      id
      status
      respondBy
    }
  }
`);

/** One doctor's seat on the panel as the patient sees it. */
export type PatientPanelMember = NonNullable<
  PatientCasePanelQuery['case']['panel']
>['members'][number];

/** A doctor suggested to take an open seat, with the score explained. */
export type ReplacementSuggestion = PatientPanelMember['replacementSuggestions'][number];
