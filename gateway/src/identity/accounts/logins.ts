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
 * Normalises a phone number to E.164, reading national numbers as Indian (`098682 27853`,
 * `98682 27853`, `+91 98682 27853` → `+919868227853`).
 * @param raw - as typed
 * @returns the E.164 number, or null when it is not a valid number
 */
export function normalisePhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'IN');
  return parsed?.isValid() ? parsed.number : null;
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
