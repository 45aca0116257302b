import type { AvailabilityWindow } from '@consilium/web-kit';
import type { MySpecialistProfileQuery, SpecialistProfileInput } from '../gql/graphql';

type Profile = MySpecialistProfileQuery['specialist'];

/**
 * The whole profile input for `updateSpecialistProfile`, every field as it is stored, with new
 * weekly availability.
 * @param profile - the profile as read
 * @param weeklyAvailability - the new windows
 * @returns the input
 */
export function profileInputWithAvailability(
  profile: Profile,
  weeklyAvailability: readonly AvailabilityWindow[],
): SpecialistProfileInput {
  return {
    fullName: profile.fullName,
    nameLocal: profile.nameLocal ?? null,
    email: profile.email ?? null,
    photoUrl: profile.photoUrl ?? null,
    specialty: profile.specialty,
    subSpecialty: profile.subSpecialty ?? null,
    qualifications: profile.qualifications,
    aiimsTrained: profile.aiimsTrained,
    aiimsCampus: profile.aiimsCampus ?? null,
    aiimsDepartment: profile.aiimsDepartment ?? null,
    yearsOfExperience: profile.yearsOfExperience,
    languages: [...profile.languages],
    city: profile.city,
    hospitals: [...profile.hospitals],
    registration: {
      council: profile.registration.council,
      number: profile.registration.number,
      year: profile.registration.year,
    },
    bio: profile.bio ?? null,
    maxActiveCases: profile.maxActiveCases,
    timeZone: profile.timeZone,
    weeklyAvailability: weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    })),
  };
}
