import { ErasureAction, RetentionCategory, type ErasedItem } from '@consilium/subgraph-kit';
import { wrap } from '@mikro-orm/core';
import { ShareLink, ShareLinkUse } from '../../sharing/share-link.entity';
import { ErasedShareLink } from '../erased-share-link.entity';
import { ErasureCategory } from '../erasure-confirmation.type';
import type { RecordsErasureParticipant } from '../records-erasure-scope';

/**
 * The patient's share links stop working at once: each is replaced by a tombstone holding only
 * the hash of its secret (the link then answers 410 "erased", never any health data). Who the
 * links were given to and every use of them are an access log (DPDP Rules 2025 rule 8(3)):
 * sealed for a year from the latest of them.
 */
export const shareLinksParticipant: RecordsErasureParticipant = {
  name: 'share-links',
  casesOf: async (em, patientId) =>
    (await em.find(ShareLink, { patientId, caseId: { $ne: null } }, { fields: ['caseId'] }))
      .map((link) => link.caseId)
      .filter((id): id is string => id !== null),
  async erase(scope) {
    const { em, patientId, now } = scope;
    const links = await em.find(ShareLink, { patientId }, { orderBy: { createdAt: 'asc' } });
    if (links.length === 0) return [];
    const uses = await em.find(
      ShareLinkUse,
      { shareLinkId: { $in: links.map((link) => link.id) } },
      { orderBy: { at: 'asc' } },
    );
    const times = [
      ...links.flatMap((link) => [link.createdAt, link.revokedAt, link.lockedAt]),
      ...uses.map((use) => use.at),
    ].filter((time): time is Date => time instanceof Date);
    const latest = new Date(Math.max(...times.map((time) => time.getTime())));
    const sealed = scope.seal({
      category: RetentionCategory.ACCESS_LOGS,
      kind: 'ShareLinkLog',
      itemCount: links.length + uses.length,
      retainedFrom: latest,
      content: links.map((link) => {
        const { tokenHash: _token, codeHash: _code, ...kept } = wrap(link).toPOJO();
        return {
          ...kept,
          uses: uses.filter((use) => use.shareLinkId === link.id).map((use) => wrap(use).toPOJO()),
        };
      }),
    });
    for (const link of links) {
      em.create(ErasedShareLink, {
        tokenHash: link.tokenHash,
        erasureRequestId: scope.erasureRequestId,
        erasedAt: now,
      });
    }
    scope.erasedObjectIds.push(...links.map((link) => link.id));
    await em.nativeDelete(ShareLinkUse, { shareLinkId: { $in: links.map((link) => link.id) } });
    await em.nativeDelete(ShareLink, { patientId });
    const items: ErasedItem[] = [
      {
        category: ErasureCategory.SHARE_LINKS,
        action: ErasureAction.DESTROYED,
        service: 'records',
        count: links.length,
        caseId: null,
      },
      {
        category: ErasureCategory.SHARE_LINK_LOG,
        action: ErasureAction.SEALED,
        service: 'records',
        count: links.length + uses.length,
        caseId: null,
        retention: RetentionCategory.ACCESS_LOGS,
        retainedUntil: sealed.retainUntil,
      },
    ];
    return items;
  },
};
