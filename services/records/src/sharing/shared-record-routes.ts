import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Router, type Request, type Response } from 'express';
import { Document } from '../document/document.entity';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { sendDocumentFile } from '../document/send-document-file';
import type { FileStore } from '../storage/file-store';
import { signedQuery, uploadSettings, verifySignedLink } from '../uploads/upload-settings';
import { ShareLink, ShareLinkUse, ShareLinkUseOutcome, ShareScope } from './share-link.entity';
import { secretHash } from './share-link.service';
import { isErasedShareLink, SHARE_LINK_ERASED } from '../erasure/erased-share-links';

/** Wrong codes before a link locks itself (the patient can share again). */
const MAX_CODE_ATTEMPTS = 5;

/**
 * Why a share link no longer opens, as `error.code` of the 410 answer, with the sentence shown
 * to the recipient (no health data, not even the patient's name).
 */
export const SHARE_LINK_GONE = {
  REVOKED: 'This link has been withdrawn by the patient.',
  EXPIRED: 'This link has expired.',
  LOCKED: 'This link locked itself after 5 wrong codes. Ask the patient to share again.',
} as const;

type GoneCode = keyof typeof SHARE_LINK_GONE;

const OUTCOME_OF: Record<GoneCode, ShareLinkUseOutcome> = {
  REVOKED: ShareLinkUseOutcome.REFUSED_REVOKED,
  EXPIRED: ShareLinkUseOutcome.REFUSED_EXPIRED,
  LOCKED: ShareLinkUseOutcome.REFUSED_LOCKED,
};

/** Why the link no longer opens, or null while it works. */
function goneCode(link: ShareLink, now = new Date()): GoneCode | null {
  if (link.lockedAt) return 'LOCKED';
  if (link.revokedAt) return 'REVOKED';
  if (link.expiresAt <= now) return 'EXPIRED';
  return null;
}

function logUse(
  em: EntityManager,
  link: ShareLink,
  outcome: ShareLinkUseOutcome,
  req: Request,
  documentId: string | null = null,
): void {
  const forwarded = req.headers['x-forwarded-for'];
  em.create(ShareLinkUse, {
    shareLinkId: link.id,
    at: new Date(),
    outcome,
    documentId,
    ipAddress:
      (typeof forwarded === 'string'
        ? forwarded.split(',')[0]?.trim()
        : req.socket.remoteAddress
      )?.slice(0, 64) ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 256) ?? null,
  });
}

function answer(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * The link of a request, when it still works; otherwise the refusal is sent (and logged) and
 * null returned.
 */
async function workingLink(
  em: EntityManager,
  req: Request,
  res: Response,
): Promise<ShareLink | null> {
  const tokenHash = secretHash(String(req.params['secret']));
  const link = await em.findOne(ShareLink, { tokenHash });
  if (!link && (await isErasedShareLink(em, tokenHash, req))) {
    answer(res, 410, SHARE_LINK_ERASED.code, SHARE_LINK_ERASED.message);
    return null;
  }
  if (!link) {
    answer(res, 404, 'NOT_FOUND', 'This link is not valid.');
    return null;
  }
  const gone = goneCode(link);
  if (gone) {
    logUse(em, link, OUTCOME_OF[gone], req);
    await em.flush();
    answer(res, 410, gone, SHARE_LINK_GONE[gone]);
    return null;
  }
  return link;
}

/** The current documents a link opens: the patient's whole record, or the one case. */
function documentsOf(em: EntityManager, link: ShareLink): Promise<Document[]> {
  return em.find(
    Document,
    {
      patientId: link.patientId,
      status: DocumentReferenceStatus.CURRENT,
      ...(link.scope === ShareScope.CASE ? { caseId: link.caseId! } : {}),
    },
    { orderBy: { createdAt: 'asc' } },
  );
}

/**
 * What a share link opens, for a doctor or hospital without an account:
 * - `GET /files/shared/:secret` — the documents of the record (or of the one case), each with a
 *   short-lived download link bound to this share link. A link with a code wants it in
 *   `X-Share-Code` (401 `CODE_REQUIRED` / `INVALID_CODE`; after 5 wrong codes in a row the link
 *   locks).
 * - `GET /files/shared/:secret/documents/:documentId?exp&sig` — one document's bytes.
 *
 * A link that no longer works answers 410 with `error.code` REVOKED, EXPIRED or LOCKED (see
 * SHARE_LINK_GONE) and no health data at all; a download link stops with its share link. Every
 * use, allowed or refused, is logged for the patient (`ShareLink.uses`). Nothing is cached: each
 * use reads the database, so a revocation applies on every replica at once.
 * @param orm - the service's ORM
 * @param store - the file store
 * @param logger - for failures
 * @returns the router
 */
export function sharedRecordRoutes(orm: MikroORM, store: FileStore, logger: Logger): Router {
  const router = Router();
  router.use('/files/shared', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/files/shared/:secret', async (req, res) => {
    const em = orm.em.fork();
    try {
      const link = await workingLink(em, req, res);
      if (!link) return;
      if (link.requiresCode) {
        const code = req.headers['x-share-code'];
        if (typeof code !== 'string' || !code) {
          return answer(res, 401, 'CODE_REQUIRED', 'Enter the code the patient gave you.');
        }
        if (!link.codeHash || secretHash(code.trim()) !== link.codeHash) {
          link.failedCodeAttempts += 1;
          if (link.failedCodeAttempts >= MAX_CODE_ATTEMPTS) link.lockedAt = new Date();
          logUse(em, link, ShareLinkUseOutcome.REFUSED_CODE, req);
          await em.flush();
          return link.lockedAt
            ? answer(res, 410, 'LOCKED', SHARE_LINK_GONE.LOCKED)
            : answer(res, 401, 'INVALID_CODE', 'This code is not right.');
        }
        // The lock counts wrong codes in a row: the right one starts the count again.
        link.failedCodeAttempts = 0;
      }
      const documents = await documentsOf(em, link);
      logUse(em, link, ShareLinkUseOutcome.OPENED, req);
      await em.flush();
      const seconds = uploadSettings().downloadLinkSeconds;
      const secret = encodeURIComponent(String(req.params.secret));
      res.status(200).json({
        scope: link.scope,
        caseId: link.caseId,
        expiresAt: link.expiresAt.toISOString(),
        documents: documents.map((document) => ({
          id: document.id,
          title: document.title,
          kind: document.kind,
          contentType: document.contentType,
          size: document.size,
          createdAt: document.createdAt.toISOString(),
          downloadUrl: document.objectId
            ? `/files/shared/${secret}/documents/${document.id}?${
                signedQuery('shared', `${link.id}:${document.id}`, seconds).query
              }`
            : null,
        })),
      });
    } catch (error) {
      logger.error({ err: error }, 'shared record failed');
      answer(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong; try again.');
    }
  });

  router.get('/files/shared/:secret/documents/:documentId', async (req, res) => {
    const em = orm.em.fork();
    try {
      const link = await workingLink(em, req, res);
      if (!link) return;
      const documentId = req.params.documentId;
      if (!verifySignedLink('shared', `${link.id}:${documentId}`, req.query.exp, req.query.sig)) {
        return answer(
          res,
          403,
          'FORBIDDEN',
          'This download link has run out; open the shared record again.',
        );
      }
      const document = (await documentsOf(em, link)).find((found) => found.id === documentId);
      if (!document) return answer(res, 404, 'NOT_FOUND', 'This file is not available.');
      logUse(em, link, ShareLinkUseOutcome.DOWNLOADED, req, document.id);
      await em.flush();
      if (!(await sendDocumentFile(res, em, store, document, 'download', logger))) {
        answer(res, 404, 'NOT_FOUND', 'This file is not available.');
      }
    } catch (error) {
      logger.error({ err: error }, 'shared download failed');
      if (!res.headersSent) answer(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong.');
    }
  });
  return router;
}
