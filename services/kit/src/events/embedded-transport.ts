import type { DomainEvent } from './domain-event';
import type { DeliveryHandler, EventTransport } from './event-transport';

/** Header carrying the shared secret that proves an event comes from a Consilium service. */
export const EVENTS_TOKEN_HEADER = 'x-consilium-events-token';

/**
 * The embedded default: the relay POSTs each event to every other service's `/events` endpoint
 * over loopback HTTP; a subscriber's 2xx is its acknowledgement. Retries and backoff are the
 * relay's; this adapter delivers once per call.
 */
export class EmbeddedTransport implements EventTransport {
  readonly kind = 'embedded' as const;
  private handler: DeliveryHandler | undefined;

  /**
   * @param subscribers - the `/events` URLs of the other services
   * @param token - the shared events token (sent and required), if configured
   * @param timeoutMs - how long one delivery may take
   */
  constructor(
    private subscribers: string[],
    private readonly token: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Replaces the subscriber list (tests start services on free ports, then wire them). */
  setSubscribers(urls: string[]): void {
    this.subscribers = urls;
  }

  async publish(event: DomainEvent): Promise<void> {
    const body = JSON.stringify(event);
    const failures: string[] = [];
    await Promise.all(
      this.subscribers.map(async (url) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(this.token ? { [EVENTS_TOKEN_HEADER]: this.token } : {}),
            },
            body,
            signal: AbortSignal.timeout(this.timeoutMs),
          });
          if (!response.ok) failures.push(`${url} answered ${response.status}`);
        } catch (error) {
          failures.push(`${url}: ${(error as Error).message}`);
        }
      }),
    );
    if (failures.length > 0) throw new Error(`delivery failed: ${failures.join('; ')}`);
  }

  async subscribe(_consumer: string, handler: DeliveryHandler): Promise<void> {
    this.handler = handler;
  }

  /**
   * Hands an event received on `/events` to this service's handler.
   * @param event - the request body
   * @param token - the events token the sender presented
   * @returns 204 when handled, 401 for a wrong token, 400 for an invalid event, 500 on failure
   */
  async receive(
    event: unknown,
    token: string | undefined,
  ): Promise<{ status: number; error?: string }> {
    if (this.token && token !== this.token) return { status: 401, error: 'wrong events token' };
    if (!this.handler) return { status: 204 };
    try {
      await this.handler(event);
      return { status: 204 };
    } catch (error) {
      const invalid = (error as Error).name === 'InvalidEventError';
      return { status: invalid ? 400 : 500, error: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.handler = undefined;
  }
}
