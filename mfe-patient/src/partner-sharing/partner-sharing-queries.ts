import { graphql } from '../gql';

/** Who the case is shared with, and the organisations it could be shared with. */
export const PARTNER_SHARING = graphql(`
  query PartnerSharing($caseId: ID!) {
    case(id: $caseId) {
      id
      partnerShares {
        id
        includeReport
        grantedAt
        organisation {
          id
          name
        }
      }
    }
    partnerOrganisations {
      id
      name
    }
  }
`);

/** Shares the case with an organisation (or changes whether the report is included). */
export const SHARE_CASE_WITH_PARTNER = graphql(`
  mutation ShareCaseWithPartner($caseId: ID!, $partnerId: ID!, $includeReport: Boolean!) {
    shareCaseWithPartner(caseId: $caseId, partnerId: $partnerId, includeReport: $includeReport) {
      id
      includeReport
    }
  }
`);

/** Stops sharing the case with an organisation. */
export const REVOKE_PARTNER_ACCESS = graphql(`
  mutation RevokePartnerAccess($caseId: ID!, $partnerId: ID!) {
    revokePartnerAccess(caseId: $caseId, partnerId: $partnerId) {
      id
      revokedAt
    }
  }
`);
