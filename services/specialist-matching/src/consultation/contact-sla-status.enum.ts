import { registerEnumType } from 'type-graphql';
import type { ContactSla } from './contact-sla.entity';

/** Where a specialist's 48-hour contact clock stands. */
export enum ContactSlaStatus {
  /** running, no contact yet */
  OPEN = 'OPEN',
  /** contact logged within 48 hours */
  MET = 'MET',
  /** 48 hours passed without contact; operations staff were alerted */
  BREACHED = 'BREACHED',
  /** contact logged, but after the 48 hours */
  MET_LATE = 'MET_LATE',
}

registerEnumType(ContactSlaStatus, {
  name: 'ContactSlaStatus',
  description: 'Where a specialist’s 48-hour contact clock stands.',
});

/**
 * The status of a clock.
 * @param sla - the clock
 * @returns its status
 */
export function contactSlaStatus(sla: ContactSla): ContactSlaStatus {
  if (sla.contactedAt) {
    return sla.contactedAt <= sla.dueAt ? ContactSlaStatus.MET : ContactSlaStatus.MET_LATE;
  }
  return sla.breachedAt ? ContactSlaStatus.BREACHED : ContactSlaStatus.OPEN;
}
