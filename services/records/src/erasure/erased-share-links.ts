import {
  AuditEntry,
  AuditOperation,
  AuditOutcome,
  REQUEST_ID_HEADER,
} from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import type { Request } from 'express';
import { ErasedShareLink } from './erased-share-link.entity';

/** The answer a share link of an erased record gives (no health data, not even a name). */
export const SHARE_LINK_ERASED = {
  code: 'ERASED',
  message: 'This record was erased at the patient’s request.',
} as const;

/**
 * Whether a share link's secret belonged to a record since erased (the link then answers 410
 * ERASED); if so, the attempt is appended to the audit log, naming only the erasure request.
 * @param em - an EntityManager
 * @param tokenHash - SHA-256 of the link's secret
 * @param req - the attempt (for its address, user agent and request id)
 * @returns true for an erased record's link
 */
export async function isErasedShareLink(
  em: EntityManager,
  tokenHash: string,
  req: Request,
): Promise<boolean> {
  const erased = await em.findOne(ErasedShareLink, { tokenHash });
  if (!erased) return false;
  const forwarded = req.headers['x-forwarded-for'];
  const requestId = req.headers[REQUEST_ID_HEADER];
  em.create(AuditEntry, {
    occurredAt: new Date(),
    service: 'records',
    roles: [],
    fields: ['documents'],
    objectType: 'ShareLink',
    objectId: erased.erasureRequestId,
    operation: AuditOperation.READ,
    outcome: AuditOutcome.DENIED,
    reason: 'the record was erased',
    requestId: (typeof requestId === 'string' ? requestId : 'none').slice(0, 128),
    ipAddress:
      (typeof forwarded === 'string'
        ? forwarded.split(',')[0]?.trim()
        : req.socket.remoteAddress
      )?.slice(0, 64) ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 256) ?? null,
  });
  await em.flush();
  return true;
}
