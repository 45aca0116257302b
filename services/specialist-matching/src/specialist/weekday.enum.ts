import { registerEnumType } from 'type-graphql';

/** A day of the week (FHIR R4 `days-of-week`, upper-cased as in our other enums). */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

registerEnumType(Weekday, { name: 'Weekday', description: 'A day of the week.' });

/** Weekdays in ISO order: index + 1 is luxon's / ISO 8601's weekday number. */
export const WEEKDAYS: Weekday[] = Object.values(Weekday);
