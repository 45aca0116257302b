import fc from 'fast-check';
import { refusedField } from '@consilium/subgraph-kit/testing';
import { DateTime } from 'luxon';
import { utcInterval } from '../appointment/appointment-time';
import { checkedProfile } from './specialist-profile.rules';
import type { SpecialistProfileInput } from './specialist-profile.input';
import { SPECIALTIES } from '../specialist/specialty-catalog';
import { WEEKDAYS, type Weekday } from '../specialist/weekday.enum';

const THIS_YEAR = new Date().getUTCFullYear();
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const slot = fc
  .record({ weekday: fc.constantFrom(...WEEKDAYS), start: hhmm, end: hhmm })
  .filter((s) => s.start !== s.end);

const profile: fc.Arbitrary<SpecialistProfileInput> = fc.record({
  fullName: fc.constantFrom('Dr Sunanda Iyer', 'डॉ. सुनंदा अय्यर', '  Dr  Arvind Rao '),
  nameLocal: fc.option(fc.constantFrom('सुनंदा अय्यर', 'சுனந்தா')),
  email: fc.option(fc.emailAddress()),
  photoUrl: fc.option(fc.webUrl({ validSchemes: ['https'] }).filter((url) => !/\s/.test(url))),
  specialty: fc.constantFrom(...SPECIALTIES),
  subSpecialty: fc.option(fc.constantFrom('Breast oncology', '')),
  qualifications: fc.constant('MBBS, MD (AIIMS New Delhi)'),
  aiimsTrained: fc.boolean(),
  aiimsCampus: fc.constantFrom('New Delhi', 'Jodhpur'),
  aiimsDepartment: fc.option(fc.constant('Medical Oncology')),
  yearsOfExperience: fc.integer({ min: 0, max: 70 }),
  languages: fc.array(fc.constantFrom('English', 'हिन्दी', 'Tamil'), { minLength: 1, maxLength: 3 }),
  city: fc.constantFrom('Kochi', 'पटना'),
  hospitals: fc.array(fc.constantFrom('AIIMS New Delhi', 'Amrita Hospital'), { maxLength: 2 }),
  registration: fc.record({
    council: fc.constantFrom('Kerala  Medical Council', 'National Medical Commission'),
    number: fc.constantFrom('tcmc 12345', 'DMC/R/0042'),
    year: fc.integer({ min: 1950, max: THIS_YEAR }),
  }),
  bio: fc.option(
    fc.constantFrom('Treats breast cancer.\nSecond opinions in English and Hindi.', ''),
  ),
  maxActiveCases: fc.integer({ min: 1, max: 50 }),
  timeZone: fc.constantFrom('Asia/Kolkata', 'Europe/London', 'America/New_York', 'UTC'),
  weeklyAvailability: fc.constant([{ weekday: 'MONDAY' as Weekday, start: '09:00', end: '12:00' }]),
}) as fc.Arbitrary<SpecialistProfileInput>;

describe('specialist profiles (checkedProfile): properties', () => {
  it('accepts every well-formed profile and checking its result changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(profile, (input) => {
        const once = checkedProfile(input);
        expect(checkedProfile(once as SpecialistProfileInput)).toEqual(once);
      }),
    );
  });

  it('refuses a name, city, qualification, registration or bio holding a control or invisible formatting character, naming it', () => {
    const fields = [
      'fullName',
      'nameLocal',
      'city',
      'qualifications',
      'bio',
      'registration.council',
      'registration.number',
    ] as const;
    fc.assert(
      fc.property(
        profile,
        fc.constantFrom(...fields),
        fc.constantFrom(
          '\u0000',
          '\u0007',
          '\u001B',
          '\u007F',
          '\u0085',
          '\u200B',
          '\u202E',
          '\u2066',
          '\uFEFF',
        ),
        (input, field, bad) => {
          const tainted = structuredClone(input) as unknown as Record<string, unknown> & {
            registration: Record<string, unknown>;
          };
          if (field.startsWith('registration.')) {
            const key = field.slice('registration.'.length);
            // white space (a BOM too) is folded into one space in registrations, as councils write them
            tainted.registration[key] = `AB${bad === '\uFEFF' ? '\u200B' : bad}C123`;
          } else tainted[field] = `Ab${bad}cd`;
          expect(
            refusedField(() => checkedProfile(tainted as unknown as SpecialistProfileInput)),
          ).toBe(`input.${field}`);
        },
      ),
    );
  });

  it('accepts whole numbers only within range: experience 0–70, registration year 1950–this year, active cases 1–50', () => {
    const ranges = {
      yearsOfExperience: [0, 70],
      'registration.year': [1950, THIS_YEAR],
      maxActiveCases: [1, 50],
    } as const;
    fc.assert(
      fc.property(
        profile,
        fc.constantFrom(...(Object.keys(ranges) as (keyof typeof ranges)[])),
        fc.oneof(
          fc.integer({ min: -10, max: 2100 }),
          fc.double({ min: -10, max: 2100, noNaN: true }),
          fc.constant(Number.NaN),
        ),
        (input, field, value) => {
          const changed = structuredClone(input);
          if (field === 'registration.year') changed.registration.year = value;
          else changed[field] = value;
          const [min, max] = ranges[field];
          const fine = Number.isInteger(value) && value >= min && value <= max;
          expect(refusedField(() => checkedProfile(changed))).toBe(fine ? null : `input.${field}`);
        },
      ),
    );
  });

  it('accepts a time zone iff it is an IANA zone name (never "local", "system" or a bare offset)', () => {
    fc.assert(
      fc.property(
        profile,
        fc.oneof(
          fc
            .constantFrom(...Intl.supportedValuesOf('timeZone'))
            .map((zone) => [zone, true] as const),
          fc
            .constantFrom('local', 'system', 'UTC+5', 'UTC+05:30', 'Asia/Kolkatta', '', 'Kolkata')
            .map((zone) => [zone, false] as const),
        ),
        (input, [timeZone, fine]) => {
          expect(refusedField(() => checkedProfile({ ...input, timeZone }))).toBe(
            fine ? null : 'input.timeZone',
          );
        },
      ),
    );
  });

  it('refuses weekly windows iff two of them share a minute of the week (windows past midnight and Sunday into Monday included)', () => {
    const WEEK = 7 * 24 * 60;
    const minutes = (s: { weekday: string; start: string; end: string }): Set<number> => {
      const at = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const day = WEEKDAYS.indexOf(s.weekday as Weekday) * 24 * 60;
      const length = (at(s.end) - at(s.start) + 24 * 60) % (24 * 60);
      return new Set(Array.from({ length }, (_, i) => (day + at(s.start) + i) % WEEK));
    };
    fc.assert(
      fc.property(
        profile,
        fc.array(slot, { minLength: 1, maxLength: 4 }),
        (input, weeklyAvailability) => {
          const sets = weeklyAvailability.map(minutes);
          const clash = sets.findIndex((set, i) =>
            sets.slice(0, i).some((other) => [...set].some((m) => other.has(m))),
          );
          expect(refusedField(() => checkedProfile({ ...input, weeklyAvailability }))).toBe(
            clash < 0 ? null : `input.weeklyAvailability.${clash}`,
          );
        },
      ),
    );
  });
});

describe('appointment times (utcInterval): properties', () => {
  const zones = fc.constantFrom(
    'Asia/Kolkata',
    'Europe/London',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
  );
  const local = fc
    .date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2030-12-31T23:59:00Z'),
      noInvalidDate: true,
    })
    .map((at) => at.toISOString().slice(0, 16));

  it('a wall-clock time that exists in the zone round-trips to itself, and the interval lasts the duration', () => {
    fc.assert(
      fc.property(local, zones, fc.integer({ min: 5, max: 240 }), (localStart, zone, minutes) => {
        const field = refusedField(() => utcInterval('input.slots.0', localStart, zone, minutes));
        if (field !== null) {
          // only a time skipped by a daylight-saving change may be refused
          expect(field).toBe('input.slots.0.localStart');
          expect(DateTime.fromISO(localStart, { zone }).toFormat("yyyy-MM-dd'T'HH:mm")).not.toBe(
            localStart,
          );
          return;
        }
        const { startsAt, endsAt } = utcInterval('input.slots.0', localStart, zone, minutes);
        expect(DateTime.fromJSDate(startsAt, { zone }).toFormat("yyyy-MM-dd'T'HH:mm")).toBe(
          localStart,
        );
        expect(endsAt.getTime() - startsAt.getTime()).toBe(minutes * 60_000);
      }),
    );
  });

  it('in India (no daylight saving) every wall-clock time is 5 h 30 min ahead of UTC', () => {
    fc.assert(
      fc.property(local, (localStart) => {
        const { startsAt } = utcInterval('input', localStart, 'Asia/Kolkata', 30);
        expect(startsAt.toISOString().slice(0, 16)).toBe(
          new Date(Date.parse(`${localStart}:00Z`) - 330 * 60_000).toISOString().slice(0, 16),
        );
      }),
    );
  });

  it('refuses any other way of writing the time, naming localStart; never throws anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          local.map((t) => `${t}:00`),
          local.map((t) => t.replace('T', ' ')),
          fc.constantFrom('2026-02-30T10:00', '2026-12-13T24:00'),
        ),
        (localStart) => {
          expect(refusedField(() => utcInterval('input', localStart, 'Asia/Kolkata', 30))).toBe(
            'input.localStart',
          );
        },
      ),
    );
  });
});
