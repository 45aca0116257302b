import { createHash } from 'node:crypto';
import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  ClientError,
  requireRole,
  recordEvent,
} from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../context.type';
import { CONSENT_V1, PRIVACY_NOTICE_V1, type LegalDocumentDraft } from './default-legal-documents';
import { LegalDocument, LegalDocumentKind } from './legal-document.entity';

/**
 * The exact text a legal document's hash covers: the English title and body, then the Hindi
 * title and body, each NFC, separated by blank lines, ending in a newline.
 * @param doc - the four texts
 * @returns the text hashed
 */
export function legalDocumentText(
  doc: Pick<LegalDocument, 'titleEn' | 'bodyEn' | 'titleHi' | 'bodyHi'>,
): string {
  return `${[doc.titleEn, doc.bodyEn, doc.titleHi, doc.bodyHi].map((part) => part.normalize('NFC')).join('\n\n')}\n`;
}

/**
 * @param doc - the four texts
 * @returns SHA-256 of legalDocumentText, 64 lower-case hex characters
 */
export function legalDocumentSha256(
  doc: Pick<LegalDocument, 'titleEn' | 'bodyEn' | 'titleHi' | 'bodyHi'>,
): string {
  return createHash('sha256').update(legalDocumentText(doc), 'utf8').digest('hex');
}

/**
 * The version of a document in force at an instant: the latest whose effectiveFrom has come.
 * @param em - an EntityManager
 * @param kind - consent or privacy notice
 * @param at - the instant (default now)
 * @returns the document
 * @throws NOT_FOUND when none is in force yet (the baseline seed publishes v1 of each)
 */
export async function currentLegalDocument(
  em: EntityManager,
  kind: LegalDocumentKind,
  at: Date = new Date(),
): Promise<LegalDocument> {
  const [current] = await em.find(
    LegalDocument,
    { kind, effectiveFrom: { $lte: at } },
    { orderBy: { effectiveFrom: 'desc' }, limit: 1 },
  );
  if (!current) {
    throw new ClientError(
      'NOT_FOUND',
      `No ${kind.toLowerCase().replace('_', ' ')} is in force yet.`,
    );
  }
  return current;
}

/** Creates a document row from its texts, with its hash. */
function createDocument(
  em: EntityManager,
  draft: LegalDocumentDraft,
  publishedByAccountId: string | null,
): LegalDocument {
  const texts = {
    titleEn: draft.titleEn.normalize('NFC'),
    bodyEn: draft.bodyEn.normalize('NFC'),
    titleHi: draft.titleHi.normalize('NFC'),
    bodyHi: draft.bodyHi.normalize('NFC'),
  };
  return em.create(LegalDocument, {
    kind: draft.kind,
    version: draft.version,
    effectiveFrom: draft.effectiveFrom,
    ...texts,
    sha256: legalDocumentSha256(texts),
    publishedByAccountId,
  });
}

/**
 * Publishes v1 of the e-consent and the privacy notice when none is published (the baseline the
 * service cannot work without). Idempotent.
 * @param em - a transaction
 */
export async function seedLegalDocuments(em: EntityManager): Promise<void> {
  for (const draft of [PRIVACY_NOTICE_V1, CONSENT_V1]) {
    if ((await em.count(LegalDocument, { kind: draft.kind })) === 0) {
      createDocument(em, draft, null);
    }
  }
}

const VERSION = /^v[1-9][0-9]{0,5}$/;

/** The longest body a version may have (characters): long enough for any notice, short enough
 * that its PDF renders in a second or two. */
export const MAX_BODY_CHARACTERS = 60_000;

/** Control characters other than line breaks and tabs, and bidirectional overrides. */
const INVISIBLE = /(?![\t\n\r])\p{Cc}|[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Publishes a new version of the e-consent or the privacy notice (operations staff). Earlier
 * versions and the signatures pointing to them never change; cases consented on an older version
 * are asked to consent again.
 * @param ctx - the request
 * @param draft - the version, when it takes effect (not in the past) and its texts
 * @returns the published document
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT for a malformed version, an empty
 *   text, a past date or one not after the latest version's; CONFLICT when the version exists
 */
export async function publishLegalDocument(
  ctx: Context,
  draft: LegalDocumentDraft,
): Promise<LegalDocument> {
  const viewer = requireRole(ctx, 'OPERATIONS');
  if (!VERSION.test(draft.version)) {
    throw new BadUserInputError('input.version', 'A version is v followed by a number, e.g. v4.');
  }
  for (const field of ['titleEn', 'bodyEn', 'titleHi', 'bodyHi'] as const) {
    const value = draft[field];
    const max = field.startsWith('title') ? 300 : MAX_BODY_CHARACTERS;
    if (!value.trim()) throw new BadUserInputError(`input.${field}`, 'This is required.');
    if ([...value].length > max) {
      throw new BadUserInputError(
        `input.${field}`,
        `At most ${max.toLocaleString('en-IN')} characters (${[...value].length.toLocaleString('en-IN')} were entered).`,
      );
    }
    if (INVISIBLE.test(value)) {
      throw new BadUserInputError(
        `input.${field}`,
        'Remove the control or invisible formatting characters (e.g. direction overrides).',
      );
    }
  }
  if (draft.effectiveFrom.getTime() < Date.now() - 60_000) {
    throw new BadUserInputError(
      'input.effectiveFrom',
      'A new version cannot take effect in the past: signatures already given would change meaning.',
    );
  }
  return ctx.em.transactional(async (em) => {
    const [latest] = await em.find(
      LegalDocument,
      { kind: draft.kind },
      { orderBy: { effectiveFrom: 'desc' }, limit: 1 },
    );
    const versions = await em.find(LegalDocument, { kind: draft.kind }, { fields: ['version'] });
    const next = Math.max(0, ...versions.map((doc) => Number(doc.version.slice(1)))) + 1;
    if (draft.version !== `v${next}` && !versions.some((doc) => doc.version === draft.version)) {
      throw new BadUserInputError('input.version', `The next version is v${next}.`);
    }
    if (latest && draft.effectiveFrom <= latest.effectiveFrom) {
      throw new BadUserInputError(
        'input.effectiveFrom',
        `A new version must take effect after ${latest.version}, which takes effect ${latest.effectiveFrom.toISOString()}.`,
      );
    }
    if (await em.count(LegalDocument, { kind: draft.kind, version: draft.version })) {
      throw new ClientError('CONFLICT', `Version ${draft.version} is already published.`, {
        field: 'input.version',
      });
    }
    const created = createDocument(em, draft, viewer.accountId);
    // cases consented on an older version must sign again before choosing doctors (issue 8)
    recordEvent(em, {
      type: 'LegalDocumentPublished',
      caseId: null,
      patientId: null,
      actor: { accountId: viewer.accountId, actingForPatientId: null },
      data: {
        kind: draft.kind,
        version: draft.version,
        effectiveFrom: draft.effectiveFrom.toISOString(),
      },
    });
    await em.flush();
    ctx.audit.record({
      objectType: 'LegalDocument',
      objectId: created.id,
      operation: AuditOperation.CREATE,
      outcome: AuditOutcome.ALLOWED,
      fields: ['version', 'effectiveFrom', 'text'],
    });
    return created;
  });
}
