import { graphql } from '../gql';

/** The signed-in specialist's own profile, every field the profile input carries. */
export const MY_PROFILE = graphql(`
  query MySpecialistProfile($id: ID!) {
    specialist(id: $id) {
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
  }
`);

/** Saves the whole profile (only the availability is changed here). */
export const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMySpecialistProfile($id: ID!, $input: SpecialistProfileInput!) {
    updateSpecialistProfile(id: $id, input: $input) {
      id
      weeklyAvailability {
        weekday
        start
        end
      }
      verifiedAt
      listed
      updatedAt
    }
  }
`);
