import { graphql } from '../gql';

/** The standard list of specialties (A–Z), for the filters and the platform's choice. */
export const SPECIALTIES = graphql(`
  query Specialties {
    specialties
  }
`);

/** One page of the directory: listed doctors matching the filter, most relevant first. */
export const SPECIALIST_DIRECTORY = graphql(`
  query SpecialistDirectory($filter: SpecialistFilter, $after: String, $first: Int!) {
    specialists(filter: $filter, after: $after, first: $first) {
      edges {
        cursor
        node {
          id
          fullName
          specialty
          ...SpecialistCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
