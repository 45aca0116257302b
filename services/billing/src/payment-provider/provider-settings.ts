import { randomBytes } from 'node:crypto';

/** Which payment provider billing talks to. */
export type ProviderKind = 'SANDBOX' | 'RAZORPAY';

/**
 * Keys of the payment provider (Razorpay's protocol: a key id and secret for the REST API with
 * HTTP Basic auth and for the checkout signature, and a webhook secret for signed webhooks).
 */
export interface ProviderSettings {
  kind: ProviderKind;
  keyId: string;
  keySecret: string;
  webhookSecret: string;
  /** the REST API's origin: Razorpay's, or the sandbox's under billing's own origin */
  apiBaseUrl: string | null;
  /** shown on the checkout (Razorpay's `name`) */
  merchantName: string;
}

/**
 * The sandbox's public key id, and its secrets when none are configured: random for each process
 * (the sandbox and the adapter that talks to it run in the same billing process), so no secret
 * written in the source can forge a webhook or a checkout result.
 */
export const SANDBOX_DEFAULTS = {
  keyId: 'rzp_test_consilium_sandbox',
  keySecret: randomBytes(24).toString('base64url'),
  webhookSecret: randomBytes(24).toString('base64url'),
} as const;

/**
 * The provider from the environment. `PAYMENT_PROVIDER` is `sandbox` (the default: the embedded
 * sandbox speaking Razorpay's protocol over loopback, `PAYMENT_SANDBOX_URL` or billing's own
 * origin) or `razorpay` (`RAZORPAY_KEY_ID`, `RAZORPAY_KEY_SECRET`, `RAZORPAY_WEBHOOK_SECRET`, all
 * required). `PAYMENT_SANDBOX_KEY_SECRET` and `PAYMENT_WEBHOOK_SECRET` set the sandbox's secrets
 * (random per process otherwise; several billing replicas need them set).
 * @param env - the environment
 * @returns the settings
 * @throws when Razorpay keys are missing, or the sandbox is chosen with NODE_ENV=production
 */
export function providerSettings(env: NodeJS.ProcessEnv = process.env): ProviderSettings {
  const kind = (env['PAYMENT_PROVIDER'] ?? 'sandbox').toLowerCase();
  const merchantName = env['PAYMENT_MERCHANT_NAME'] ?? 'Consilium';
  if (kind === 'razorpay') {
    const keyId = env['RAZORPAY_KEY_ID'];
    const keySecret = env['RAZORPAY_KEY_SECRET'];
    const webhookSecret = env['RAZORPAY_WEBHOOK_SECRET'];
    if (!keyId || !keySecret || !webhookSecret) {
      throw new Error(
        'PAYMENT_PROVIDER=razorpay needs RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET and RAZORPAY_WEBHOOK_SECRET',
      );
    }
    return { kind: 'RAZORPAY', keyId, keySecret, webhookSecret, apiBaseUrl: null, merchantName };
  }
  if (kind !== 'sandbox')
    throw new Error(`PAYMENT_PROVIDER must be sandbox or razorpay, not ${kind}`);
  if (env['NODE_ENV'] === 'production') {
    throw new Error(
      'The payment sandbox takes no real money: set PAYMENT_PROVIDER=razorpay in production',
    );
  }
  return {
    kind: 'SANDBOX',
    ...SANDBOX_DEFAULTS,
    keySecret: env['PAYMENT_SANDBOX_KEY_SECRET'] ?? SANDBOX_DEFAULTS.keySecret,
    webhookSecret: env['PAYMENT_WEBHOOK_SECRET'] ?? SANDBOX_DEFAULTS.webhookSecret,
    apiBaseUrl: env['PAYMENT_SANDBOX_URL'] ?? null,
    merchantName,
  };
}
