import fc from 'fast-check';
import { ageOn, pastDate, todayIn } from './index';
import { parseAsApi, unreadableMessage } from './testing/rule-checks';

const TODAY = '2026-11-29';
const DAY = 86_400_000;
const iso = (at: Date): string => at.toISOString().slice(0, 10);

/** Calendar days from 1890-01-01 to `today`, as YYYY-MM-DD. */
const pastDay = fc
  .date({
    min: new Date('1890-01-01T00:00:00Z'),
    max: new Date(`${TODAY}T00:00:00Z`),
    noInvalidDate: true,
  })
  .map(iso);
/** Calendar days after `today` up to the year 9999. */
const futureDay = fc
  .date({
    min: new Date(Date.parse(`${TODAY}T00:00:00Z`) + DAY),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map(iso);

describe.each([
  ['birthDate', 'birthDate.future'],
  ['symptoms[0].onsetDate', 'date.future'],
] as const)('past dates (%s): properties', (field, futureRule) => {
  const schema = pastDate(TODAY, futureRule);

  it('accepts every real day from 1890 to today, unchanged (ISO 8601 round trip)', () => {
    fc.assert(
      fc.property(pastDay, (day) => {
        expect(parseAsApi(schema, day, field)).toEqual({ ok: true, value: day });
        expect(iso(new Date(`${day}T00:00:00Z`))).toBe(day);
      }),
    );
  });

  it(`refuses every day after today as ${futureRule}`, () => {
    fc.assert(
      fc.property(futureDay, (day) => {
        const parsed = parseAsApi(schema, day, field);
        expect(parsed.ok ? null : parsed.problems).toEqual([
          { field, rule: futureRule, values: undefined },
        ]);
        if (!parsed.ok) expect(unreadableMessage(parsed.problems[0]!)).toBeNull();
      }),
    );
  });

  it('refuses days that do not exist (31 April, 29 February of a common year, month 13, day 0)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2026 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 0, max: 39 }),
        (year, month, day) => {
          const daysInMonth = month > 12 ? 0 : new Date(Date.UTC(year, month, 0)).getUTCDate();
          fc.pre(day < 1 || day > daysInMonth);
          const written = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const parsed = parseAsApi(schema, written, field);
          expect(parsed.ok ? null : parsed.problems.map((p) => p.rule)).toEqual(['date.invalid']);
        },
      ),
    );
  });

  it('refuses any other way of writing a date (DD/MM/YYYY, times, spaces, Devanagari digits)', () => {
    fc.assert(
      fc.property(
        pastDay,
        fc.constantFrom('dmy', 'time', 'space', 'devanagari', 'short'),
        (day, how) => {
          const [y, m, d] = day.split('-');
          const written = {
            dmy: `${d}/${m}/${y}`,
            time: `${day}T10:00:00Z`,
            space: ` ${day}`,
            devanagari: day.replace(/[0-9]/g, (digit) => '०१२३४५६७८९'[Number(digit)]!),
            short: `${y}-${Number(m)}-${Number(d)}`,
          }[how];
          fc.pre(written !== day);
          const parsed = parseAsApi(schema, written, field);
          expect(parsed.ok ? null : parsed.problems.map((p) => p.rule)).toEqual(['date.invalid']);
        },
      ),
    );
  });

  it('never throws on arbitrary input; every refusal names the field and reads in English and Hindi', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
        (input) => {
          const parsed = parseAsApi(schema, input, field);
          if (parsed.ok) {
            expect(parsed.value <= TODAY && parsed.value >= '1890-01-01').toBe(true);
            return;
          }
          for (const problem of parsed.problems) {
            expect(problem.field).toBe(field);
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});

describe('today and age: properties', () => {
  it('today in Asia/Kolkata is the UTC date, or the next day from 18:30 UTC', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (now) => {
          expect(todayIn(now)).toBe(iso(new Date(now.getTime() + 5.5 * 3_600_000)));
        },
      ),
    );
  });

  it('a person born on a day is 0 until their first birthday and gains exactly one year on each birthday', () => {
    fc.assert(
      fc.property(pastDay, fc.integer({ min: 1, max: 110 }), (birth, years) => {
        const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
        fc.pre(!(m === 2 && d === 29));
        const birthday = `${String(y + years).padStart(4, '0')}-${birth.slice(5)}`;
        const dayBefore = iso(new Date(Date.parse(`${birthday}T00:00:00Z`) - DAY));
        expect(ageOn(birth, birth)).toBe(0);
        expect(ageOn(birth, birthday)).toBe(years);
        expect(ageOn(birth, dayBefore)).toBe(years - 1);
      }),
    );
  });
});
