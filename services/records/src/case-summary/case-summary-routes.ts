import type { Logger } from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { Router } from 'express';
import { Document } from '../document/document.entity';
import { signedQuery, uploadSettings, verifySignedLink } from '../uploads/upload-settings';
import { renderReferralNotePdf } from './case-summary-pdf';
import { CaseSummary } from './case-summary.entity';
import { CaseSummaryStatus } from './case-summary-status.enum';

/**
 * What a referral note's link signs: a download of `case-summary:<id>`, which no document id (a
 * UUID) can ever equal, so a document's link never opens a summary nor the other way round.
 */
const signedId = (summaryId: string): string => `case-summary:${summaryId}`;

/**
 * A short-lived (5-minute) signed same-origin link to a final summary's PDF, made with the
 * documents' link signing (HMAC-SHA256 over purpose, id and expiry).
 * @param summaryId - the summary
 * @returns the path with `exp` and `sig`
 */
export function referralNotePdfLink(summaryId: string): string {
  const { query } = signedQuery(
    'download',
    signedId(summaryId),
    uploadSettings().downloadLinkSeconds,
  );
  return `/files/case-summaries/${summaryId}/referral-note.pdf?${query}`;
}

/**
 * `GET /files/case-summaries/:id/referral-note.pdf?exp&sig` — the final summary as the referral
 * note's PDF (made when asked, never stored or cached), as an attachment; 403 for a bad or
 * expired link, 404 for a summary that is not (or no longer) final. The gateway serves it under
 * its own origin with the other `/files` routes.
 * @param orm - records' ORM
 * @param logger - for failures
 * @returns the router
 */
export function caseSummaryRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  router.get('/files/case-summaries/:id/referral-note.pdf', async (req, res) => {
    const id = req.params.id;
    const refuse = (status: number, code: string, message: string): void => {
      res.status(status).json({ error: { code, message } });
    };
    if (!verifySignedLink('download', signedId(id), req.query['exp'], req.query['sig'])) {
      return refuse(403, 'FORBIDDEN', 'This download link is invalid or has expired.');
    }
    try {
      const em = orm.em.fork();
      const summary = await em.findOne(CaseSummary, { id });
      if (!summary || summary.status !== CaseSummaryStatus.FINAL || !summary.submittedAt) {
        return refuse(404, 'NOT_FOUND', 'This referral note is not available.');
      }
      const documents = summary.relevantDocumentIds.length
        ? await em.find(
            Document,
            { id: { $in: summary.relevantDocumentIds } },
            { orderBy: { createdAt: 'asc' } },
          )
        : [];
      const pdf = await renderReferralNotePdf({
        caseId: summary.caseId,
        gpName: summary.gpName,
        submittedAt: summary.submittedAt,
        dueAt: summary.dueAt,
        history: summary.history,
        keyFindings: summary.keyFindings,
        questions: summary.questions,
        documents,
      });
      res
        .status(200)
        .set({
          'Content-Type': 'application/pdf',
          'Content-Length': String(pdf.length),
          'Content-Disposition': `attachment; filename="referral-note-${summary.caseId.slice(-12)}.pdf"`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .end(pdf);
    } catch (error) {
      logger.error({ err: error, caseSummaryId: id }, 'referral note PDF failed');
      if (!res.headersSent) {
        refuse(500, 'INTERNAL_SERVER_ERROR', 'The referral note could not be made; try again.');
      }
    }
  });
  return router;
}
