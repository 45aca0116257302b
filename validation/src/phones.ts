import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { z } from 'zod';

/** A phone number's verdict: E.164, or the rule it breaks. */
export type PhoneCheck =
  | { phone: string }
  | { problem: string; rule: 'phone.digits' | 'phone.mobile' | 'phone.invalid'; entered?: number };

/**
 * Checks a phone number and normalises it to E.164 (ITU-T E.164), reading national numbers as
 * Indian (`098682 27853`, `98682 27853`, `+91 98682 27853` → `+919868227853`; Devanagari digits
 * too). An Indian number must be a mobile one (10 digits starting 6–9, National Numbering Plan
 * 2003), since codes and messages go to it by SMS.
 * @param raw - as typed
 * @returns the E.164 number, or the rule it breaks
 */
export function checkPhone(raw: string): PhoneCheck {
  const typed = raw
    .trim()
    .replace(/[\u0966-\u096F]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
  const parsed = parsePhoneNumberFromString(typed, 'IN');
  if (parsed?.country === 'IN' || (!parsed && !typed.startsWith('+'))) {
    const national = (
      parsed?.nationalNumber ?? typed.replace(/\D/g, '').replace(/^(91|0)/, '')
    ).toString();
    if (national.length !== 10) {
      return {
        rule: 'phone.digits',
        entered: national.length,
        problem: `An Indian mobile number has 10 digits (${national.length} were entered), e.g. 98682 27853.`,
      };
    }
    if (!/^[6-9]/.test(national) || !parsed?.isValid()) {
      return { rule: 'phone.mobile', problem: 'An Indian mobile number starts with 6, 7, 8 or 9.' };
    }
    return { phone: parsed.number };
  }
  return parsed?.isValid()
    ? { phone: parsed.number }
    : {
        rule: 'phone.invalid',
        problem: 'This is not a mobile number (e.g. 098682 27853 or +91 98682 27853).',
      };
}

/**
 * Normalises a phone number to E.164 (see checkPhone).
 * @param raw - as typed
 * @returns the E.164 number, or null when it breaks a rule
 */
export function normalisePhone(raw: string): string | null {
  const checked = checkPhone(raw);
  return 'phone' in checked ? checked.phone : null;
}

/** A mobile number as typed, normalised to E.164 (see checkPhone). */
export const mobilePhone = z.string().transform((raw, ctx) => {
  const checked = checkPhone(raw);
  if ('problem' in checked) {
    ctx.addIssue({
      code: 'custom',
      params: { rule: checked.rule, values: { entered: checked.entered ?? 0 } },
    });
    return z.NEVER;
  }
  return checked.phone;
});

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

/**
 * Normalises an email (trimmed, lower-case).
 * @param raw - as typed
 * @returns the email, or null when it is not one
 */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}

/** An email address as typed, normalised. */
export const emailAddress = z.string().transform((raw, ctx) => {
  const email = normaliseEmail(raw);
  if (!email) {
    ctx.addIssue({ code: 'custom', params: { rule: 'email.invalid' } });
    return z.NEVER;
  }
  return email;
});
