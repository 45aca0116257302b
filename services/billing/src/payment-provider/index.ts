import type { Request } from 'express';
import type { PaymentProvider } from './payment-provider';
import { providerSettings, type ProviderSettings } from './provider-settings';
import { razorpayProvider } from './razorpay-provider';

export type {
  PaymentProvider,
  ProviderOrder,
  ProviderPayment,
  ProviderRefund,
} from './payment-provider';
export { ProviderError } from './razorpay-provider';
export { providerSettings, SANDBOX_DEFAULTS, type ProviderSettings } from './provider-settings';
export { hmacHex, signatureMatches } from './signatures';

let servedOrigin: string | null = null;

/**
 * Notes the loopback origin this billing process answers on (from any request it serves), which
 * is where the embedded sandbox lives unless `PAYMENT_SANDBOX_URL` says otherwise.
 * @param req - a request to billing
 */
export function noteServedOrigin(req: Request): void {
  servedOrigin = `http://127.0.0.1:${req.socket.localPort}`;
}

/** The sandbox's API origin (`…/payment-sandbox`, under which `/v1/…` lives). */
export function sandboxApiUrl(settings: ProviderSettings = providerSettings()): string {
  if (settings.apiBaseUrl) return settings.apiBaseUrl;
  // before billing has served a request, its configured port
  const origin = servedOrigin ?? `http://127.0.0.1:${process.env['BILLING_PORT'] ?? 4003}`;
  return `${origin}/payment-sandbox`;
}

let provider: PaymentProvider | null = null;

/**
 * The configured payment provider (see providerSettings), made once per process.
 * @returns the provider
 * @throws when the configuration is invalid
 */
export function paymentProvider(): PaymentProvider {
  if (!provider) {
    const settings = providerSettings();
    provider =
      settings.kind === 'SANDBOX'
        ? razorpayProvider(settings, () => sandboxApiUrl(settings))
        : razorpayProvider(settings);
  }
  return provider;
}
