import type { Logger } from '@consilium/subgraph-kit';
import { hmacHex, type ProviderPayment, type ProviderRefund } from '../payment-provider';
import { sandboxId } from './sandbox-entities';

/** The sandbox's merchant account id, as Razorpay puts it on every webhook. */
export const SANDBOX_ACCOUNT_ID = 'acc_ConsiliumSandbox';

/** What a webhook tells: a payment captured or failed, or a refund processed. */
export type SandboxWebhook =
  | { event: 'payment.captured' | 'payment.failed'; payment: ProviderPayment }
  | { event: 'refund.processed'; refund: ProviderRefund; payment: ProviderPayment };

/**
 * The webhook's body exactly as Razorpay sends it (`entity: event`, `contains`, `payload` with
 * each entity under `<name>.entity`, `created_at` in Unix seconds).
 * @param webhook - the event and its entities
 * @returns the JSON text that is signed and sent
 */
export function webhookBody(webhook: SandboxWebhook): string {
  const payload: Record<string, { entity: unknown }> = { payment: { entity: webhook.payment } };
  if (webhook.event === 'refund.processed') payload['refund'] = { entity: webhook.refund };
  return JSON.stringify({
    entity: 'event',
    account_id: SANDBOX_ACCOUNT_ID,
    event: webhook.event,
    contains: Object.keys(payload).reverse(),
    payload,
    created_at: Math.floor(Date.now() / 1000),
  });
}

/** Delays before each retry of a webhook the receiver did not take (ms). */
const RETRY_DELAYS_MS = [500, 2000, 5000, 15000, 60000];

/**
 * Sends a signed webhook (X-Razorpay-Signature: HMAC-SHA256 of the raw body with the webhook
 * secret; X-Razorpay-Event-Id) in the background, retrying on anything but a 2xx as Razorpay
 * does; the same event id on every retry.
 * @param url - the receiver (billing's `/webhooks/razorpay`)
 * @param secret - the webhook secret
 * @param webhook - what to tell
 * @param logger - for deliveries that failed for good
 */
export function sendWebhook(
  url: string,
  secret: string,
  webhook: SandboxWebhook,
  logger: Logger,
): void {
  const body = webhookBody(webhook);
  const eventId = sandboxId('evt');
  const attempt = async (index: number): Promise<void> => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-razorpay-event-id': eventId,
          'x-razorpay-signature': hmacHex(body, secret),
        },
        body,
      });
      await response.body?.cancel();
      if (response.ok) return;
      throw new Error(`answered ${response.status}`);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[index];
      if (delay === undefined) {
        logger.warn({ err: error, eventId, event: webhook.event }, 'sandbox webhook given up');
        return;
      }
      setTimeout(() => void attempt(index + 1), delay).unref();
    }
  };
  void attempt(0);
}
