import { graphql } from '../gql';

/** Everything the profile form edits, and the profile's standing. */
export const SPECIALIST_PROFILE_FIELDS = graphql(`
  fragment SpecialistProfileFields on Specialist {
    id
    fullName
    nameLocal
    email
    photoUrl
    specialty
    subSpecialty
    qualifications
    aiimsTrained
    aiimsCampus
    aiimsDepartment
    yearsOfExperience
    languages
    city
    hospitals
    registration {
      council
      number
      year
    }
    bio
    maxActiveCases
    timeZone
    weeklyAvailability {
      weekday
      start
      end
    }
    verifiedAt
    active
    listed
  }
`);

/** Every profile, listed or not, by name; or only those awaiting verification. */
export const SPECIALIST_PROFILES = graphql(`
  query SpecialistProfiles($awaitingVerification: Boolean!, $after: String) {
    specialistProfiles(awaitingVerification: $awaitingVerification, first: 25, after: $after) {
      edges {
        node {
          id
          ...SpecialistProfileFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The standard list of specialties, A–Z. */
export const SPECIALTIES = graphql(`
  query Specialties {
    specialties
  }
`);

export const ONBOARD_SPECIALIST = graphql(`
  mutation OnboardSpecialist($input: SpecialistProfileInput!) {
    onboardSpecialist(input: $input) {
      id
      ...SpecialistProfileFields
    }
  }
`);

export const UPDATE_SPECIALIST_PROFILE = graphql(`
  mutation UpdateSpecialistProfile($id: ID!, $input: SpecialistProfileInput!) {
    updateSpecialistProfile(id: $id, input: $input) {
      id
      ...SpecialistProfileFields
    }
  }
`);

export const VERIFY_SPECIALIST = graphql(`
  mutation VerifySpecialist($id: ID!) {
    verifySpecialist(id: $id) {
      id
      verifiedAt
      listed
    }
  }
`);

export const SET_SPECIALIST_ACTIVE = graphql(`
  mutation SetSpecialistActive($id: ID!, $active: Boolean!) {
    setSpecialistActive(id: $id, active: $active) {
      id
      active
      listed
    }
  }
`);
