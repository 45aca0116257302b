import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** How a person identifies themselves: an email or a phone. */
export type Login = { email: string; phone?: undefined } | { phone: string; email?: undefined };

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

/**
 * Checks a phone number and normalises it to E.164, reading national numbers as Indian
 * (`098682 27853`, `98682 27853`, `+91 98682 27853` → `+919868227853`; Devanagari digits too).
 * An Indian number must be a mobile one (10 digits starting 6–9, National Numbering Plan), since
 * codes and messages go to it by SMS.
 * @param raw - as typed
 * @returns the E.164 number, or the rule it breaks
 */
export function checkPhone(raw: string): { phone: string } | { problem: string } {
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
        problem: `An Indian mobile number has 10 digits (${national.length} entered), e.g. 98682 27853.`,
      };
    }
    if (!/^[6-9]/.test(national) || !parsed?.isValid()) {
      return { problem: 'An Indian mobile number starts with 6, 7, 8 or 9.' };
    }
    const type = parsed.getType();
    if (type && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
      return { problem: 'Give a mobile number: codes are sent by SMS.' };
    }
    return { phone: parsed.number };
  }
  return parsed?.isValid()
    ? { phone: parsed.number }
    : { problem: 'This is not a phone number (e.g. 098682 27853 or +91 98682 27853).' };
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

/**
 * Reads a login typed into one box: an email if it has an `@`, else a phone number.
 * @param raw - as typed
 * @returns the login, or null when it is neither
 */
export function parseLogin(raw: string): Login | null {
  if (raw.includes('@')) {
    const email = normaliseEmail(raw);
    return email ? { email } : null;
  }
  const phone = normalisePhone(raw);
  return phone ? { phone } : null;
}

/**
 * Masks an email or phone for showing where a code went (`k•••@example.org`, `+91•••••••853`).
 * @param value - the email or E.164 phone
 * @returns the masked value
 */
export function maskLogin(value: string): string {
  if (value.includes('@')) {
    const [local, domain] = value.split('@');
    return `${local!.slice(0, 1)}•••@${domain}`;
  }
  return `${value.slice(0, 3)}${'•'.repeat(Math.max(0, value.length - 6))}${value.slice(-3)}`;
}
