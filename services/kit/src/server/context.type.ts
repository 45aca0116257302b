import type { EntityManager } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { AuditTrail } from '../audit/audit-trail';
import type { CaseParty } from '../auth/case-party.entity';
import type { Viewer } from '../auth/viewer';

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
  /** where the request came from: the client's IP (first x-forwarded-for hop) and user agent */
  client: { ipAddress: string | null; userAgent: string | null };
  /** the caller, proven by the access token this subgraph verified itself; null if none */
  viewer: Viewer | null;
  /** why a token that was sent was not accepted (expired, wrong signature …) */
  authFailure: string | null;
  /** the reads and changes of this request, appended to the audit log when it ends */
  audit: AuditTrail;
  /** who may see each case, by case id (this service's copy) */
  caseParties: DataLoader<string, CaseParty[]>;
}
