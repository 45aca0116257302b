import type { Logger } from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { Router } from 'express';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { Opinion } from '../opinion/opinion.entity';
import { OpinionStatus } from '../opinion/opinion.enums';
import { signedQuery, uploadSettings, verifySignedLink } from '../uploads/upload-settings';
import { renderCaseReportPdf } from './case-report-pdf';

/** What a report's link signs: `case-report:<caseId>`, which no document id can equal. */
const signedId = (caseId: string): string => `case-report:${caseId}`;

/**
 * A short-lived signed same-origin link to a delivered case's report PDF (the documents' link
 * signing: HMAC-SHA256 over purpose, id and expiry).
 * @param caseId - the case
 * @returns the path with `exp` and `sig`
 */
export function caseReportPdfLink(caseId: string): string {
  const { query } = signedQuery('download', signedId(caseId), uploadSettings().downloadLinkSeconds);
  return `/files/cases/${caseId}/report.pdf?${query}`;
}

/**
 * `GET /files/cases/:caseId/report.pdf?exp&sig` — a delivered case's report (its submitted
 * opinions) as a PDF made when asked, never stored or cached; 403 for a bad or expired link,
 * 404 for a case whose report is not delivered. The gateway serves it under its own origin with
 * the other `/files` routes; the link itself is only made for a viewer allowed the report.
 * @param orm - records' ORM
 * @param logger - for failures
 * @returns the router
 */
export function partnerReportRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  router.get('/files/cases/:caseId/report.pdf', async (req, res) => {
    const { caseId } = req.params;
    const refuse = (status: number, code: string, message: string): void => {
      res.status(status).json({ error: { code, message } });
    };
    if (!verifySignedLink('download', signedId(caseId), req.query['exp'], req.query['sig'])) {
      return refuse(403, 'FORBIDDEN', 'This download link is invalid or has expired.');
    }
    try {
      const em = orm.em.fork();
      const progress = await em.findOne(CaseProgress, { caseId });
      if (progress?.closedBy !== 'ReportDelivered' || !progress.closedAt) {
        return refuse(404, 'NOT_FOUND', 'This case’s report is not delivered.');
      }
      const opinions = await em.find(
        Opinion,
        { caseId, status: OpinionStatus.SUBMITTED },
        { orderBy: { submittedAt: 'asc' } },
      );
      const pdf = await renderCaseReportPdf(caseId, progress.closedAt, opinions);
      res
        .status(200)
        .set({
          'Content-Type': 'application/pdf',
          'Content-Length': String(pdf.length),
          'Content-Disposition': `attachment; filename="report-${caseId.slice(-12)}.pdf"`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .send(pdf);
    } catch (error) {
      logger.error({ err: error, caseId }, 'case report PDF failed');
      refuse(500, 'INTERNAL_SERVER_ERROR', 'The report could not be made just now.');
    }
  });
  return router;
}
