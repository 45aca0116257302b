import type { Logger, TokenVerifier } from '@consilium/subgraph-kit';
import { Router } from 'express';
import { renderCaseFilePdf } from './case-file-pdf';
import { CASE_FILE_QUERY, type CaseFileData } from './case-file-query';
import {
  queryAsCaller,
  RecordQueryRefused,
  requirePatientSideCaller,
  sendRefusal,
} from './record-query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /health-record/:patientId/case-file.pdf[?caseId=…]` — the readable PDF case file of the
 * patient's lifetime record (or of one case), with the GP's referral note and the signed opinions.
 * For the patient or their proxy (Bearer token); every part is read through the gateway as the
 * caller, so the subgraphs authorise and audit each read. 401 without a token, 403 for anyone
 * else, 400 for a malformed case id, 404 for a case not in the record, 502 when a subgraph could
 * not answer (an incomplete file is never printed). Never cached.
 * @param graphqlUrl - this gateway's own GraphQL URL (known once it listens)
 * @param verifyToken - checks the bearer token
 * @param logger - for failures
 * @returns the router
 */
export function caseFileRoutes(
  graphqlUrl: () => string,
  verifyToken: TokenVerifier,
  logger: Logger,
): Router {
  const router = Router();
  router.get('/health-record/:patientId/case-file.pdf', async (req, res) => {
    try {
      await requirePatientSideCaller(
        req,
        verifyToken,
        req.params.patientId,
        'Only the patient or their proxy can print the case file.',
      );
      const caseId = typeof req.query['caseId'] === 'string' ? req.query['caseId'] : null;
      if (caseId !== null && !UUID.test(caseId)) {
        throw new RecordQueryRefused(400, 'BAD_USER_INPUT', 'caseId must be a case id (a UUID).');
      }
      const data = await queryAsCaller<CaseFileData>(
        graphqlUrl(),
        req,
        CASE_FILE_QUERY,
        { id: req.params.patientId },
        (answer) =>
          Boolean(answer.patient && answer.cases) &&
          answer.cases!.edges.every(
            ({ node }) => node.documents !== null && node.opinions !== null,
          ),
      );
      if (caseId && !data.cases!.edges.some(({ node }) => node.id === caseId)) {
        throw new RecordQueryRefused(404, 'NOT_FOUND', 'This case is not in the record.');
      }
      const pdf = await renderCaseFilePdf(data, caseId);
      res
        .status(200)
        .type('application/pdf')
        .set(
          'Content-Disposition',
          `attachment; filename="consilium-case-file-${new Date().toISOString().slice(0, 10)}.pdf"`,
        )
        .set('Cache-Control', 'private, no-store')
        .send(pdf);
    } catch (error) {
      if (error instanceof RecordQueryRefused) return sendRefusal(res, error);
      logger.error({ err: error }, 'case file PDF failed');
      sendRefusal(
        res,
        new RecordQueryRefused(
          502,
          'SUBGRAPH_UNAVAILABLE',
          'The case file could not be printed just now; try again shortly.',
        ),
      );
    }
  });
  return router;
}
