import { graphql } from '../gql';

/** Claims the draft case a partner organisation started for the patient, by invitation code. */
export const CLAIM_REFERRAL = graphql(`
  mutation ClaimReferral($code: String!) {
    claimReferral(code: $code) {
      id
      stage
    }
  }
`);
