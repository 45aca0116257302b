import type { Logger } from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { Router } from 'express';
import { LegalDocument, LegalDocumentKind } from './legal-document.entity';
import { renderLegalDocumentPdf } from './pdf/legal-document-pdf';

const KINDS: Record<string, LegalDocumentKind> = {
  consent: LegalDocumentKind.CONSENT,
  'privacy-notice': LegalDocumentKind.PRIVACY_NOTICE,
};

/** Rendered PDFs by document id (a version never changes), the most recent few. */
const rendered = new Map<string, Promise<Buffer>>();
const CACHED_PDFS = 16;

/** A document's PDF, rendered once per process (and once at a time, however many ask). */
function cachedPdf(id: string, render: () => Promise<Buffer>): Promise<Buffer> {
  let pdf = rendered.get(id);
  if (!pdf) {
    pdf = render();
    pdf.catch(() => rendered.delete(id));
    rendered.set(id, pdf);
    if (rendered.size > CACHED_PDFS) rendered.delete(rendered.keys().next().value!);
  }
  return pdf;
}

/**
 * `GET /legal-documents/{consent|privacy-notice}/{version}.pdf`: the PDF of a published version,
 * with its version and SHA-256 printed, for reading before signing (public, like the text; the
 * gateway serves it on its own origin). 404 for an unknown version.
 * @param orm - the service's ORM
 * @param logger - for failures
 * @returns the router
 */
export function legalDocumentRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  router.get('/legal-documents/:kind/:file', async (req, res, next) => {
    try {
      const kind = KINDS[req.params.kind];
      const version = /^(v[0-9]{1,6})\.pdf$/.exec(req.params.file)?.[1];
      const doc =
        kind && version ? await orm.em.fork().findOne(LegalDocument, { kind, version }) : null;
      if (!doc) {
        res
          .status(404)
          .json({ error: { code: 'NOT_FOUND', message: 'No such document version.' } });
        return;
      }
      const pdf = await cachedPdf(doc.id, () =>
        renderLegalDocumentPdf({
          kind: doc.kind,
          version: doc.version,
          effectiveFrom: doc.effectiveFrom,
          titleEn: doc.titleEn,
          bodyEn: doc.bodyEn,
          titleHi: doc.titleHi,
          bodyHi: doc.bodyHi,
          sha256: doc.sha256,
        }),
      );
      res
        .status(200)
        .type('application/pdf')
        .set(
          'Content-Disposition',
          `inline; filename="consilium-${req.params.kind}-${doc.version}.pdf"`,
        )
        .set('Cache-Control', 'public, max-age=86400, immutable')
        .send(pdf);
    } catch (error) {
      logger.error({ err: error }, 'legal document PDF failed');
      next(error);
    }
  });
  return router;
}
