import {
  AccessRefusal,
  AuditOperation,
  AuditOutcome,
  RecordAccessChannel,
  RecordAccessKind,
  rowsAfter,
  type AccessLogSource,
  type PositionedAccess,
  type RecordAccessItem,
} from '@consilium/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { ShareLink, ShareLinkUse, ShareLinkUseOutcome } from '../sharing/share-link.entity';

/** The key prefix of share-link uses in the access log's order (see AccessPosition). */
const USE = 'u:';

/** Why a refused use was refused, for the patient (by ShareLinkUse.outcome). */
const REFUSALS: Partial<Record<string, AccessRefusal>> = {
  REFUSED_CODE: AccessRefusal.WRONG_CODE,
  REFUSED_EXPIRED: AccessRefusal.LINK_EXPIRED,
  REFUSED_REVOKED: AccessRefusal.LINK_REVOKED,
  REFUSED_LOCKED: AccessRefusal.LINK_LOCKED,
};

const ALLOWED_USES: string[] = [ShareLinkUseOutcome.OPENED, ShareLinkUseOutcome.DOWNLOADED];

/** The use outcomes a filter's kinds ask for (every outcome when no kinds are given). */
function outcomesWanted(kinds: ReadonlySet<RecordAccessKind> | null): string[] {
  const all = Object.values(ShareLinkUseOutcome) as string[];
  if (!kinds || kinds.has(RecordAccessKind.SHARE_LINK)) return all;
  return all.filter(
    (outcome) =>
      (kinds.has(RecordAccessKind.READ) && ALLOWED_USES.includes(outcome)) ||
      (kinds.has(RecordAccessKind.REFUSED) && !ALLOWED_USES.includes(outcome)),
  );
}

/** What one use touched: the list of documents the link opens, or the one document downloaded. */
function itemOf(link: ShareLink, use: ShareLinkUse, documentCase: string | null): RecordAccessItem {
  const refused = !ALLOWED_USES.includes(use.outcome);
  if (use.documentId && !refused) {
    return {
      objectType: 'Document',
      objectId: use.documentId,
      caseId: documentCase ?? link.caseId,
      title: null,
      operation: AuditOperation.READ,
      fields: ['content'],
      outcome: AuditOutcome.ALLOWED,
      refusal: null,
    };
  }
  return {
    objectType: link.caseId ? 'CaseFile' : 'HealthRecord',
    objectId: link.caseId ?? link.patientId,
    caseId: link.caseId,
    title: null,
    operation: AuditOperation.READ,
    fields: ['documents'],
    outcome: refused ? AuditOutcome.DENIED : AuditOutcome.ALLOWED,
    refusal: refused ? (REFUSALS[use.outcome] ?? AccessRefusal.NOT_PERMITTED) : null,
  };
}

/**
 * The uses of a patient's share links as accesses to their record (records keeps them beside its
 * audit log: the person using a link has no account): opened, a document downloaded, or refused
 * (wrong code, expired, revoked, locked), each with the link's recipient. With a case filter:
 * the uses of links to that case, and downloads of that case's documents through a link to the
 * whole record.
 */
export const shareLinkAccesses: AccessLogSource<Context> = async (ctx, query) => {
  const outcomes = outcomesWanted(query.kinds);
  if (outcomes.length === 0) return [];
  const links = await ctx.em.find(ShareLink, { patientId: query.patientId });
  if (links.length === 0) return [];
  const byId = new Map(links.map((link) => [link.id, link]));
  let whose: FilterQuery<ShareLinkUse> = { shareLinkId: { $in: [...byId.keys()] } };
  if (query.caseId) {
    const caseLinks = links.filter((link) => link.caseId === query.caseId).map((link) => link.id);
    const recordLinks = links.filter((link) => !link.caseId).map((link) => link.id);
    const caseDocuments = await ctx.em.find(
      Document,
      { caseId: query.caseId, patientId: query.patientId },
      { fields: ['id'] },
    );
    const either: FilterQuery<ShareLinkUse>[] = [];
    if (caseLinks.length > 0) either.push({ shareLinkId: { $in: caseLinks } });
    if (recordLinks.length > 0 && caseDocuments.length > 0) {
      either.push({
        shareLinkId: { $in: recordLinks },
        documentId: { $in: caseDocuments.map((document) => document.id) },
      });
    }
    if (either.length === 0) return [];
    whose = { $or: either };
  }
  const uses = await ctx.em.find(
    ShareLinkUse,
    {
      $and: [
        whose,
        { outcome: { $in: outcomes as ShareLinkUseOutcome[] } },
        ...(query.before ? [rowsAfter<ShareLinkUse>(query.before, USE, 'at')] : []),
      ],
    },
    { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: query.limit },
  );
  const documentIds = [...new Set(uses.map((use) => use.documentId).filter((id) => id !== null))];
  const documentCases = new Map(
    documentIds.length === 0
      ? []
      : (
          await ctx.em.find(
            Document,
            { id: { $in: documentIds }, patientId: query.patientId },
            { fields: ['id', 'caseId'] },
          )
        ).map((document) => [document.id, document.caseId]),
  );
  return uses.map((use): PositionedAccess => {
    const link = byId.get(use.shareLinkId)!;
    const item = itemOf(
      link,
      use,
      use.documentId ? (documentCases.get(use.documentId) ?? null) : null,
    );
    return {
      position: { at: use.at, key: `${USE}${use.id}` },
      access: {
        id: use.id,
        at: use.at,
        service: 'records',
        requestId: null,
        channel: RecordAccessChannel.SHARE_LINK,
        accessor: null,
        shareLink: { id: link.id, recipientEmail: link.recipientEmail, caseId: link.caseId },
        outcome: item.outcome,
        items: [item],
      },
    };
  });
};
