import { graphql } from '../gql';

/** Contact clocks not yet met: breaches first (oldest breach first), then by due time. */
export const SLA_BOARD = graphql(`
  query SlaBoard($first: Int!) {
    slaBoard(first: $first) {
      id
      status
      dueAt
      startedAt
      firstReminderAt
      secondReminderAt
      breachedAt
      specialist {
        id
        fullName
        email
        registration {
          council
          number
        }
      }
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
