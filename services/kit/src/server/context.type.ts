import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';

/** What every subgraph request carries; services extend it with their DataLoaders. */
export interface BaseContext {
  /** an EntityManager forked for this request only */
  em: EntityManager;
  /** the id the gateway gave the request (`x-request-id`), for logs and error reports */
  requestId: string;
  /** a child logger that writes the request id on every line */
  logger: Logger;
  /** the `Authorization` header forwarded by the gateway, if any */
  authorization: string | undefined;
}
