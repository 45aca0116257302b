/** The payment providers whose checkout runs in the payer's browser (billing's PAYMENT_PROVIDER). */
export type CheckoutProvider = 'sandbox' | 'razorpay';

/** Origins a provider's checkout needs in the page, by CSP directive. */
export interface ProviderSources {
  script: readonly string[];
  connect: readonly string[];
  frame: readonly string[];
  img: readonly string[];
}

/**
 * What Razorpay's Standard Checkout loads (mfe-patient/src/checkout/razorpay-checkout.ts): its
 * script from checkout.razorpay.com, which opens the payment window as a frame from
 * api.razorpay.com, talks to api.razorpay.com and lumberjack.razorpay.com (its telemetry), and
 * shows method logos from cdn.razorpay.com.
 */
export const RAZORPAY_CHECKOUT_SOURCES: ProviderSources = {
  script: ['https://checkout.razorpay.com'],
  connect: ['https://api.razorpay.com', 'https://lumberjack.razorpay.com'],
  frame: ['https://api.razorpay.com', 'https://checkout.razorpay.com'],
  img: ['https://cdn.razorpay.com'],
};

/** The sandbox's checkout is billing's JSON API on the gateway's own origin: nothing more. */
const NO_SOURCES: ProviderSources = { script: [], connect: [], frame: [], img: [] };

/** How the gateway protects the pages and responses it serves. */
export interface WebSecuritySettings {
  /** production: HTTPS only (HSTS, upgrade-insecure-requests, Secure cookies) */
  production: boolean;
  /** the checkout the patient app opens */
  checkoutProvider: CheckoutProvider;
}

/**
 * The settings from the environment: `NODE_ENV=production`, and `PAYMENT_PROVIDER` (`sandbox`
 * by default, or `razorpay`; the same variable billing reads, from the same ConfigMap).
 * @param env - the environment
 * @returns the settings
 * @throws when PAYMENT_PROVIDER is neither sandbox nor razorpay
 */
export function webSecuritySettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): WebSecuritySettings {
  const provider = (env['PAYMENT_PROVIDER'] ?? 'sandbox').toLowerCase();
  if (provider !== 'sandbox' && provider !== 'razorpay') {
    throw new Error(`PAYMENT_PROVIDER must be sandbox or razorpay, not ${provider}`);
  }
  return { production: env['NODE_ENV'] === 'production', checkoutProvider: provider };
}

/**
 * The origins a checkout provider needs in the page.
 * @param provider - sandbox or razorpay
 * @returns sources by directive (none for the sandbox)
 */
export function checkoutSources(provider: CheckoutProvider): ProviderSources {
  return provider === 'razorpay' ? RAZORPAY_CHECKOUT_SOURCES : NO_SOURCES;
}
