import type { Logger } from '@consilium/subgraph-kit';

/** What the gateway knows about one incoming request. */
export interface GatewayContext {
  /** the request id: the caller's `x-request-id` if sane, else a new UUID */
  requestId: string;
  /** the caller's `Authorization` header, forwarded to every subgraph */
  authorization: string | undefined;
  /** the caller's address and browser, for the subgraphs' audit logs */
  clientAddress: string | null;
  userAgent: string | null;
  logger: Logger;
  /** whether the verified caller is operations or compliance staff (introspection in production) */
  staff: boolean;
  /** whether this is one of the gateway's own export queries (not held to the cost limit) */
  ownQuery: boolean;
  /** when the request must have finished (ms since the epoch): later subgraph calls are refused */
  deadline: number;
}
