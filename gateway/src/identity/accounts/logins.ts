import { normaliseEmail, normalisePhone } from '@consilium/validation';

export { checkPhone, normaliseEmail, normalisePhone } from '@consilium/validation';

/** How a person identifies themselves: an email or a phone. */
export type Login = { email: string; phone?: undefined } | { phone: string; email?: undefined };

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
