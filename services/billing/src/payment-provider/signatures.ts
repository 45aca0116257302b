import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 of a message in lowercase hex, as Razorpay signs webhooks (over the raw body, with
 * the webhook secret) and checkout results (over `order_id|payment_id`, with the key secret).
 * @param message - the exact bytes or text signed
 * @param secret - the shared secret
 * @returns 64 hex characters
 */
export function hmacHex(message: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/**
 * Whether `signature` is the HMAC-SHA256 of `message`, compared in constant time.
 * @param message - the raw body, or `order_id|payment_id`
 * @param signature - the hex signature received (anything else is simply wrong)
 * @param secret - the shared secret
 * @returns true only for the exact signature
 */
export function signatureMatches(
  message: string | Buffer,
  signature: unknown,
  secret: string,
): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(hmacHex(message, secret), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature.toLowerCase(), 'hex'));
}
