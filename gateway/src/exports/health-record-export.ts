import type { Logger, TokenVerifier } from '@consilium/subgraph-kit';
import { Router } from 'express';
import {
  queryAsCaller,
  RecordQueryRefused,
  requirePatientSideCaller,
  sendRefusal,
} from './record-query';

/** The export reads, through the gateway, what every subgraph holds about the patient. */
const EXPORT_QUERY = `query HealthRecordExport($id: ID!) {
  patient(id: $id) { fhirResource }
  cases(patientId: $id, first: 100) {
    edges { node { id fhirResources documents { fhirResource } caseSummary { fhirResource }
      opinions { fhirResource } } }
  }
}`;

interface ExportData {
  patient: { fhirResource: FhirResource } | null;
  cases: {
    edges: {
      node: {
        fhirResources: FhirResource[];
        documents: { fhirResource: FhirResource }[] | null;
        /** the GP's referral note: a Composition once final (null while a draft) */
        caseSummary: { fhirResource: FhirResource | null } | null;
        /** the signed opinions: a DiagnosticReport each (null while a draft) */
        opinions: { fhirResource: FhirResource | null }[] | null;
      };
    }[];
  } | null;
}
type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** The platform's public address (PUBLIC_URL, default http://localhost:<PORT>). */
const publicUrl = (): string =>
  (process.env['PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 4000}`).replace(
    /\/$/,
    '',
  );

/**
 * `GET /health-record/:patientId/fhir` — the patient's lifetime record as a FHIR R4 Bundle of type
 * `collection` (http://hl7.org/fhir/R4/bundle.html): Patient, Condition, MedicationStatement,
 * AllergyIntolerance, Procedure, Consent, DocumentReference and the GP's referral note
 * (Composition, LOINC 57133-1) and each signed opinion (DiagnosticReport, LOINC 11488-4), each
 * with the absolute `fullUrl`
 * `<PUBLIC_URL>/fhir/<type>/<id>` its `Patient/<id>` references resolve against. For the patient or their proxy only (Bearer token); the subgraphs authorise
 * and audit every read as for any query. 401 without a token, 403 for anyone else, 502 when a
 * subgraph could not answer (an incomplete record is never exported).
 * @param graphqlUrl - this gateway's own GraphQL URL (known once it listens)
 * @param verifyToken - checks the bearer token
 * @param logger - for failures
 * @returns the router
 */
export function healthRecordExportRoutes(
  graphqlUrl: () => string,
  verifyToken: TokenVerifier,
  logger: Logger,
): Router {
  const router = Router();
  router.get('/health-record/:patientId/fhir', async (req, res) => {
    try {
      await requirePatientSideCaller(
        req,
        verifyToken,
        req.params.patientId,
        'Only the patient or their proxy can export the health record.',
      );
      const data = await queryAsCaller<ExportData>(
        graphqlUrl(),
        req,
        EXPORT_QUERY,
        { id: req.params.patientId },
        (answer) => Boolean(answer.patient && answer.cases),
      );
      const resources: FhirResource[] = [data.patient!.fhirResource];
      for (const { node } of data.cases!.edges) {
        resources.push(
          ...node.fhirResources,
          ...(node.documents ?? []).map((document) => document.fhirResource),
          ...(node.caseSummary?.fhirResource ? [node.caseSummary.fhirResource] : []),
          ...(node.opinions ?? []).flatMap((opinion) =>
            opinion.fhirResource ? [opinion.fhirResource] : [],
          ),
        );
      }
      const bundle = {
        resourceType: 'Bundle',
        type: 'collection',
        timestamp: new Date().toISOString(),
        entry: resources.map((resource) => ({
          fullUrl: `${publicUrl()}/fhir/${resource.resourceType}/${resource.id}`,
          resource,
        })),
      };
      res
        .status(200)
        .type('application/fhir+json')
        .set(
          'Content-Disposition',
          `attachment; filename="consilium-health-record-${new Date().toISOString().slice(0, 10)}.json"`,
        )
        .set('Cache-Control', 'private, no-store')
        .send(JSON.stringify(bundle, null, 2));
    } catch (error) {
      if (error instanceof RecordQueryRefused) return sendRefusal(res, error);
      logger.error({ err: error }, 'health record export failed');
      sendRefusal(
        res,
        new RecordQueryRefused(
          502,
          'SUBGRAPH_UNAVAILABLE',
          'The record could not be exported just now; try again shortly.',
        ),
      );
    }
  });
  return router;
}
