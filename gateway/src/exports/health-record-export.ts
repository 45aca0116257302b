import type { Logger, TokenVerifier } from '@consilium/subgraph-kit';
import { Router } from 'express';

/** The export reads, through the gateway, what every subgraph holds about the patient. */
const EXPORT_QUERY = `query HealthRecordExport($id: ID!) {
  patient(id: $id) { fhirResource }
  cases(patientId: $id, first: 100) {
    edges { node { id fhirResources documents { fhirResource } } }
  }
}`;

interface ExportData {
  patient: { fhirResource: FhirResource } | null;
  cases: {
    edges: {
      node: { fhirResources: FhirResource[]; documents: { fhirResource: FhirResource }[] | null };
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
 * AllergyIntolerance, Procedure, Consent and DocumentReference, each with the absolute `fullUrl`
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
    const refuse = (status: number, code: string, message: string): void => {
      res.status(status).json({ error: { code, message } });
    };
    const viewer = await verifyToken(req.headers.authorization).catch(() => null);
    if (!viewer)
      return refuse(401, 'UNAUTHENTICATED', 'Sign in first: this needs an access token.');
    const patientId = req.params.patientId;
    const patientSide =
      (viewer.roles.includes('PATIENT') || viewer.roles.includes('PROXY')) &&
      viewer.patientIds.includes(patientId);
    if (!patientSide) {
      return refuse(
        403,
        'FORBIDDEN',
        'Only the patient or their proxy can export the health record.',
      );
    }
    try {
      const answer = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: req.headers.authorization!,
          'user-agent': req.headers['user-agent'] ?? 'consilium-export',
          'x-forwarded-for': req.ip ?? '',
        },
        body: JSON.stringify({ query: EXPORT_QUERY, variables: { id: patientId } }),
      });
      const body = (await answer.json()) as {
        data?: ExportData;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      const error = body.errors?.[0];
      if (error || !body.data?.patient || !body.data.cases) {
        const code = error?.extensions?.code;
        if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'NOT_FOUND') {
          return refuse(
            code === 'UNAUTHENTICATED' ? 401 : code === 'NOT_FOUND' ? 404 : 403,
            code,
            error!.message,
          );
        }
        logger.warn({ errors: body.errors }, 'health record export incomplete');
        return refuse(
          502,
          'SUBGRAPH_UNAVAILABLE',
          'Part of the record could not be read just now; try again shortly.',
        );
      }
      const resources: FhirResource[] = [body.data.patient.fhirResource];
      for (const { node } of body.data.cases.edges) {
        resources.push(
          ...node.fhirResources,
          ...(node.documents ?? []).map((document) => document.fhirResource),
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
      logger.error({ err: error }, 'health record export failed');
      refuse(
        502,
        'SUBGRAPH_UNAVAILABLE',
        'The record could not be exported just now; try again shortly.',
      );
    }
  });
  return router;
}
