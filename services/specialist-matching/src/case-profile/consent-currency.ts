import type { EntityManager } from '@mikro-orm/core';
import type { CaseProfile } from './case-profile.entity';
import { PublishedLegalDocument } from './published-legal-document.entity';

/**
 * Whether the case's consent was signed on the e-consent and privacy notice in force now (the
 * rule behind patient-intake's `Case.needsConsent`): false when a version published since took
 * effect. Versions this service never heard of are taken as in force (nothing newer is known).
 * @param em - an EntityManager
 * @param profile - the case as this service knows it (consented)
 * @param now - the domain clock
 * @returns true when the signature covers the documents in force
 */
export async function consentIsCurrent(
  em: EntityManager,
  profile: CaseProfile,
  now: Date,
): Promise<boolean> {
  const signed: Record<string, string | null> = {
    CONSENT: profile.consentVersion,
    PRIVACY_NOTICE: profile.privacyNoticeVersion,
  };
  for (const [kind, version] of Object.entries(signed)) {
    const [current] = await em.find(
      PublishedLegalDocument,
      { kind, effectiveFrom: { $lte: now } },
      { orderBy: { effectiveFrom: 'desc' }, limit: 1 },
    );
    if (!current) continue;
    if (
      version !== null ? version !== current.version : current.effectiveFrom > profile.consentedAt!
    ) {
      return false;
    }
  }
  return true;
}
