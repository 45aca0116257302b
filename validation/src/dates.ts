import { differenceInYears, isValid, parseISO } from 'date-fns';
import { z } from 'zod';

/** The time zone dates are read in when none is given (DESIGN.md: default Asia/Kolkata). */
export const DEFAULT_TIME_ZONE = 'Asia/Kolkata';

/**
 * Today's calendar date in a time zone, as ISO 8601 (`2026-11-30`).
 * @param now - the instant (default: now)
 * @param timeZone - IANA zone (default Asia/Kolkata)
 * @returns YYYY-MM-DD
 */
export function todayIn(now: Date = new Date(), timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A person's age in whole years on a day.
 * @param birthDate - ISO 8601 date
 * @param today - ISO 8601 date
 * @returns completed years
 */
export function ageOn(birthDate: string, today: string): number {
  return differenceInYears(parseISO(today), parseISO(birthDate));
}

/** The age of majority in India (Indian Majority Act, 1875, §3): under 18 is a minor. */
export const AGE_OF_MAJORITY = 18;

/**
 * An ISO 8601 calendar date (`YYYY-MM-DD`) that exists, not after `today`.
 * @param today - the latest allowed date, YYYY-MM-DD
 * @param futureRule - the rule to report for a date after today
 * @returns a zod schema
 */
export function pastDate(
  today: string,
  futureRule: 'birthDate.future' | 'date.future',
): z.ZodType<string, string> {
  return z.string().superRefine((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', params: { rule: 'required' } });
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValid(parseISO(value))) {
      ctx.addIssue({ code: 'custom', params: { rule: 'date.invalid' } });
    } else if (value > today) {
      ctx.addIssue({ code: 'custom', params: { rule: futureRule } });
    } else if (value < '1890-01-01') {
      ctx.addIssue({ code: 'custom', params: { rule: 'date.tooEarly' } });
    }
  });
}
