import { crc32, deflateSync } from 'node:zlib';
import { DEMO_PASSWORD } from './accounts';

type Json = Record<string, unknown>;

/**
 * A GraphQL call through the gateway with a bearer token; GraphQL errors throw.
 * @param origin - the platform's origin
 * @param token - an access token, or null to ask as nobody (public reads)
 * @param query - the operation
 * @param variables - its variables
 * @returns the data
 */
export async function callGraphQL<T = Json>(
  origin: string,
  token: string | null,
  query: string,
  variables: Json = {},
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Signs in through the API.
 * @param origin - the platform's origin
 * @param login - email or phone
 * @returns the access token and the patients the account may act for
 */
export async function signInByApi(
  origin: string,
  login: string,
): Promise<{ token: string; patientIds: string[] }> {
  const response = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as {
    accessToken?: string;
    account?: { patientIds: string[] };
  };
  if (!body.accessToken) throw new Error(`sign-in as ${login} failed: ${JSON.stringify(body)}`);
  return { token: body.accessToken, patientIds: body.account?.patientIds ?? [] };
}

/** A PNG chunk: length, type, data, CRC-32. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A drawn-looking signature as a PNG data URL: a grey wave on white, 120×40.
 * @returns `data:image/png;base64,…`
 */
export function signaturePng(): string {
  const width = 120;
  const height = 40;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(width + 1, 255);
    row[0] = 0; // no filter
    for (let x = 0; x < width; x += 1) {
      if (Math.abs(y - (20 + Math.sin(x / 8) * 12)) < 1.5) row[x + 1] = 20;
    }
    rows.push(row);
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/**
 * What a patient would type in the intake wizard and sign on the consent page, done through the
 * API to save time: a new case for an already registered patient, its history, submission and
 * the patient's own signature; waits until the case is CONSENTED (the stage follows the
 * signature through events).
 * @param origin - the platform's origin
 * @param login - the patient's login (registered, e.g. the demo patient)
 * @param fullName - the patient's registered name, typed as the signature
 * @returns the case id
 */
export async function consentedCaseByApi(
  origin: string,
  login: string,
  fullName: string,
): Promise<string> {
  const { token, patientIds } = await signInByApi(origin, login);
  const gql = <T = Json>(query: string, variables: Json = {}): Promise<T> =>
    callGraphQL<T>(origin, token, query, variables);
  const { startCase } = await gql<{ startCase: { id: string } }>(
    'mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }',
    { p: patientIds[0], k: crypto.randomUUID() },
  );
  const caseId = startCase.id;
  await gql(
    'mutation ($id: ID!, $intake: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $intake) { id } }',
    {
      id: caseId,
      intake: {
        presentingComplaint: 'A lump in the left breast found on self-examination',
        symptoms: [{ description: 'Painless lump, 2 cm', onsetDate: '2026-10-01', severity: 3 }],
        noKnownAllergies: true,
        reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
        questions: ['Is surgery first the right order, or chemotherapy first?'],
        patientLocation: { city: 'Pune', state: 'MH' },
      },
    },
  );
  await gql('mutation ($id: ID!) { submitCase(caseId: $id) { id } }', { id: caseId });
  const documents = await gql<{
    consent: { version: string; sha256: string };
    privacy: { version: string; sha256: string };
  }>(`{
    consent: currentLegalDocument(kind: CONSENT) { version sha256 }
    privacy: currentLegalDocument(kind: PRIVACY_NOTICE) { version sha256 }
  }`);
  await gql('mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }', {
    input: {
      caseId,
      documentVersion: documents.consent.version,
      documentSha256: documents.consent.sha256,
      privacyNoticeVersion: documents.privacy.version,
      privacyNoticeSha256: documents.privacy.sha256,
      typedFullName: fullName,
      signatureImage: signaturePng(),
      agreed: true,
    },
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { case: found } = await gql<{ case: { stage: string } }>(
      'query ($id: ID!) { case(id: $id) { stage } }',
      { id: caseId },
    );
    if (found.stage === 'CONSENTED') return caseId;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`case ${caseId} did not reach CONSENTED`);
}
