import { graphql } from '../gql';

/** Every case summary: drafts first, soonest due (so the overdue) first, then submitted ones. */
export const ADMIN_CASE_SUMMARIES = graphql(`
  query AdminCaseSummaries($after: String) {
    caseSummaries(first: 50, after: $after) {
      edges {
        node {
          id
          status
          gpAccountId
          gpName
          dueAt
          overdue
          breachedAt
          submittedAt
          case {
            id
            patient {
              id
              fullName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Submitted cases, newest first, with whether a GP has them (to find those waiting for one). */
export const CASES_FOR_GP = graphql(`
  query CasesForGp($after: String) {
    cases(first: 50, after: $after) {
      edges {
        node {
          id
          stage
          submittedAt
          patient {
            id
            fullName
          }
          caseSummary {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The GP accounts to choose from (identity). */
export const GP_ACCOUNTS = graphql(`
  query GpAccounts {
    accounts(role: GP, first: 100) {
      edges {
        node {
          id
          displayName
          email
          disabledAt
        }
      }
    }
  }
`);

/** Assigns or reassigns a case's GP. */
export const ASSIGN_CASE_GP = graphql(`
  mutation AssignCaseGp($input: AssignCaseGpInput!) {
    assignCaseGp(input: $input) {
      id
      status
      gpAccountId
      gpName
      dueAt
      overdue
      breachedAt
      submittedAt
      case {
        id
        caseSummary {
          id
        }
      }
    }
  }
`);
