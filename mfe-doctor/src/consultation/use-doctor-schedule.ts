import { useQuery } from '@apollo/client/react';
import { DEFAULT_TIME_ZONE, useViewer, type AvailabilityWindow } from '@consilium/web-kit';
import { DOCTOR_SCHEDULE } from './consultation-queries';

/** The signed-in specialist's zone and weekly consulting hours. */
export interface DoctorSchedule {
  /** the profile's IANA zone, Asia/Kolkata until it is read or when none is set */
  timeZone: string;
  /** the weekly consulting windows, in `timeZone` (empty until read) */
  availability: readonly AvailabilityWindow[];
  /** the viewer's specialist profile, null for a GP */
  specialistId: string | null;
}

/**
 * The signed-in specialist's zone (DESIGN.md §2 step 6: show the viewer's zone, default
 * Asia/Kolkata) and weekly hours, read once from their profile and shared through the cache.
 * @returns the schedule
 */
export function useDoctorSchedule(): DoctorSchedule {
  const specialistId = useViewer()?.specialistId ?? null;
  const { data } = useQuery(DOCTOR_SCHEDULE, {
    variables: { specialistId: specialistId ?? '' },
    skip: !specialistId,
  });
  const specialist = data?.specialist;
  return {
    timeZone: specialist?.timeZone || DEFAULT_TIME_ZONE,
    availability: specialist?.weeklyAvailability ?? [],
    specialistId,
  };
}
