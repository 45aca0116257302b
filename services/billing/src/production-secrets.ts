import { providedSecret, randomSecret, type SecretRule } from '@consilium/subgraph-kit';
import { DEVELOPMENT_LINK_SECRET } from './invoice/invoice-link';

const razorpayChosen = (env: NodeJS.ProcessEnv): boolean =>
  (env['PAYMENT_PROVIDER'] ?? '').toLowerCase() === 'razorpay';

/**
 * The secrets billing refuses to run without in production (besides the common ones): the
 * invoice-link signing secret, Razorpay as the provider (the sandbox takes no real money) and
 * Razorpay's three keys (see payment-provider/provider-settings.ts).
 */
export const BILLING_SECRETS: readonly SecretRule[] = [
  randomSecret('BILLING_LINK_SECRET', [DEVELOPMENT_LINK_SECRET]),
  {
    variable: 'PAYMENT_PROVIDER',
    rule: 'razorpay: the embedded sandbox takes no real money',
    isValid: (value) => value.toLowerCase() === 'razorpay',
    invalidProblem: 'is not razorpay',
  },
  providedSecret('RAZORPAY_KEY_ID', "the key id from Razorpay's dashboard", razorpayChosen),
  providedSecret('RAZORPAY_KEY_SECRET', "the key secret from Razorpay's dashboard", razorpayChosen),
  providedSecret(
    'RAZORPAY_WEBHOOK_SECRET',
    "the webhook secret set in Razorpay's dashboard",
    razorpayChosen,
  ),
];
