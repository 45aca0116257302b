import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Router, type Request } from 'express';
import { Document } from '../document/document.entity';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { signedLink, uploadSettings } from '../uploads/upload-settings';
import { ShareLink, ShareLinkUse, ShareLinkUseOutcome, ShareScope } from './share-link.entity';
import { secretHash } from './share-link.service';

/** Wrong codes before a link locks itself (the patient can share again). */
const MAX_CODE_ATTEMPTS = 5;

function logUse(
  em: EntityManager,
  link: ShareLink,
  outcome: ShareLinkUseOutcome,
  req: Request,
): void {
  const forwarded = req.headers['x-forwarded-for'];
  em.create(ShareLinkUse, {
    shareLinkId: link.id,
    at: new Date(),
    outcome,
    ipAddress:
      (typeof forwarded === 'string'
        ? forwarded.split(',')[0]?.trim()
        : req.socket.remoteAddress
      )?.slice(0, 64) ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 256) ?? null,
  });
}

/**
 * `GET /files/shared/:secret` — what a share link opens, for a doctor or hospital without an
 * account: the documents of the record (or of the one case), each with a short-lived download
 * link. An expired or revoked link answers 410 with no health data at all (not even the patient's
 * name); a link with a code wants it in `X-Share-Code` (401 `CODE_REQUIRED` / `INVALID_CODE`; after
 * 5 wrong codes the link is revoked). Every use, allowed or refused, is logged for the patient.
 * Nothing is cached: each use reads the database, so a revocation applies on every replica at once.
 * @param orm - the service's ORM
 * @param logger - for failures
 * @returns the router
 */
export function sharedRecordRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  router.get('/files/shared/:secret', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const em = orm.em.fork();
    try {
      const link = await em.findOne(ShareLink, { tokenHash: secretHash(req.params.secret) });
      if (!link) {
        res.status(404).json({ error: { code: 'NOT_FOUND', message: 'This link is not valid.' } });
        return;
      }
      const refuse = async (
        status: number,
        code: string,
        message: string,
        outcome: ShareLinkUseOutcome,
      ) => {
        logUse(em, link, outcome, req);
        await em.flush();
        res.status(status).json({ error: { code, message } });
      };
      if (link.revokedAt) {
        return await refuse(
          410,
          'GONE',
          'This link has been withdrawn by the patient.',
          ShareLinkUseOutcome.REFUSED_REVOKED,
        );
      }
      if (link.expiresAt <= new Date()) {
        return await refuse(
          410,
          'GONE',
          'This link has expired.',
          ShareLinkUseOutcome.REFUSED_EXPIRED,
        );
      }
      if (link.requiresCode) {
        const code = req.headers['x-share-code'];
        if (typeof code !== 'string' || !code) {
          res.status(401).json({
            error: { code: 'CODE_REQUIRED', message: 'Enter the code the patient gave you.' },
          });
          return;
        }
        if (!link.codeHash || secretHash(code.trim()) !== link.codeHash) {
          link.failedCodeAttempts += 1;
          if (link.failedCodeAttempts >= MAX_CODE_ATTEMPTS) link.revokedAt = new Date();
          return await refuse(
            401,
            'INVALID_CODE',
            'This code is not right.',
            ShareLinkUseOutcome.REFUSED_CODE,
          );
        }
      }
      const documents = await em.find(
        Document,
        {
          patientId: link.patientId,
          status: DocumentReferenceStatus.CURRENT,
          ...(link.scope === ShareScope.CASE ? { caseId: link.caseId! } : {}),
        },
        { orderBy: { createdAt: 'asc' } },
      );
      logUse(em, link, ShareLinkUseOutcome.OPENED, req);
      await em.flush();
      const seconds = uploadSettings().downloadLinkSeconds;
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
          downloadUrl: document.objectId ? signedLink('download', document.id, seconds).url : null,
        })),
      });
    } catch (error) {
      logger.error({ err: error }, 'shared record failed');
      res.status(500).json({
        error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; try again.' },
      });
    }
  });
  return router;
}
