import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** Signs invoice links when BILLING_LINK_SECRET is unset (development only). */
export const DEVELOPMENT_LINK_SECRET = 'consilium-development-billing-link-secret';
/** How long an invoice download link works (seconds). */
const LINK_SECONDS = 5 * 60;

/**
 * The key that signs invoice links, from `BILLING_LINK_SECRET` (a development value otherwise).
 * @throws in production when BILLING_LINK_SECRET is not set
 */
export function invoiceLinkKey(): Buffer {
  const configured = process.env['BILLING_LINK_SECRET'];
  if (!configured && process.env['NODE_ENV'] === 'production') {
    throw new Error('BILLING_LINK_SECRET must be set in production');
  }
  return Buffer.from(
    hkdfSync(
      'sha256',
      configured ?? DEVELOPMENT_LINK_SECRET,
      'consilium-billing',
      'invoice-links',
      32,
    ),
  );
}

function signature(invoiceId: string, expires: number): string {
  return createHmac('sha256', invoiceLinkKey())
    .update(`invoice:${invoiceId}:${expires}`)
    .digest('base64url');
}

/**
 * A short-lived (5-minute) signed same-origin link to an invoice's PDF (HMAC-SHA256 over the
 * invoice id and expiry with `BILLING_LINK_SECRET`).
 * @param invoiceId - the invoice
 * @returns the path with `exp` and `sig`, and when it expires
 */
export function invoicePdfLink(invoiceId: string): { url: string; expiresAt: Date } {
  const expires = Math.floor(Date.now() / 1000) + LINK_SECONDS;
  return {
    url: `/invoices/${invoiceId}/invoice.pdf?exp=${expires}&sig=${signature(invoiceId, expires)}`,
    expiresAt: new Date(expires * 1000),
  };
}

/**
 * Whether an invoice link is genuine and unexpired (compared in constant time).
 * @param invoiceId - from the path
 * @param exp - the `exp` query value
 * @param sig - the `sig` query value
 */
export function invoiceLinkValid(invoiceId: string, exp: unknown, sig: unknown): boolean {
  const expires = Number(exp);
  if (!Number.isInteger(expires) || expires < Date.now() / 1000 || typeof sig !== 'string') {
    return false;
  }
  const expected = Buffer.from(signature(invoiceId, expires));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
