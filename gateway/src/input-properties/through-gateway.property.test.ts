import { DEMO_IDS, MAX_PAGE_SIZE } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import {
  patientRegistrationSchema,
  problemsFromZod,
  todayIn,
  UPLOAD_LIMITS,
} from '@consilium/validation';
import fc from 'fast-check';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

// Property-based tests of the services' own input rules as a client meets them: through the
// gateway, with the error a client acts on (extensions.code and extensions.field). Each run is
// one request to an in-process platform, so the runs are fewer than fast-check's default 100.

const RUNS = { numRuns: 40 };
const CASES = `query ($first: Int!) { cases(first: $first) { edges { node { id } } } }`;
const REQUEST_UPLOAD = `mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId maxBytes } }`;
const PUBLISH = `mutation ($input: PublishPriceListInput!) { publishPriceList(input: $input) { version } }`;
const INT_MAX = 2 ** 31 - 1;

/** The first error's code and field, or null when the operation succeeded. */
function refusal(
  result: GraphQLResponse<unknown>,
): { code: unknown; field: unknown; message: string } | null {
  const error = result.errors?.[0];
  if (!error) return null;
  return {
    code: error.extensions?.['code'],
    field: error.extensions?.['field'],
    message: error.message,
  };
}

describe('Input rules of the services, through the gateway: properties', () => {
  let platform: TestPlatform;
  let patient: { authorization: string };
  let operations: { authorization: string };

  beforeAll(async () => {
    platform = await startTestPlatform();
    patient = await platform.as('patient');
    operations = await platform.as('operations');
  });
  afterAll(() => platform?.stop());

  const send = (
    session: { authorization: string },
    query: string,
    variables: Record<string, unknown>,
  ) => postGraphQL(platform.gateway.url, query, variables, session);

  it(`pagination: first is accepted iff it is a whole number 1..${MAX_PAGE_SIZE}; otherwise BAD_USER_INPUT naming first`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: -5, max: 110 }),
          fc.integer({ min: -INT_MAX - 1, max: INT_MAX }),
        ),
        async (first) => {
          const refused = refusal(await send(patient, CASES, { first }));
          if (first >= 1 && first <= MAX_PAGE_SIZE) expect(refused).toBeNull();
          else expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
        },
      ),
      RUNS,
    );
  });

  it('pagination: a fractional or out-of-Int first never reaches a service (GraphQL refuses it as BAD_USER_INPUT)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.double({ min: -1000, max: 1000, noNaN: true }).filter((n) => !Number.isInteger(n)),
          fc.integer({ min: INT_MAX + 1, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom('10', true, null),
        ),
        async (first) => {
          const result = await send(patient, CASES, { first });
          expect(result.data ?? null).toBeNull();
          expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
          expect(refusal(result)!.message).toContain('$first');
        },
      ),
      RUNS,
    );
  });

  it('sign-in endpoints: any JSON body is answered with a coded refusal naming the field, never a server error', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.emailAddress(),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/auth/sign-in', '/auth/verify', '/auth/password-reset'),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.record(
            {
              login: fc.oneof(text, fc.jsonValue({ maxDepth: 1 })),
              password: fc.oneof(text, fc.integer()),
              code: fc.oneof(fc.stringMatching(/^\d{6}$/), text),
            },
            { requiredKeys: [] },
          ),
        ),
        async (path, body) => {
          const response = await fetch(`${platform.origin}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          const raw = await response.text();
          const answer = (raw ? JSON.parse(raw) : {}) as {
            error?: { code: string; message: string; field?: string };
          };
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(answer.error?.message.trim()).not.toBe('');
            expect(answer.error?.code).toMatch(/^[A-Z_]+$/);
            // a malformed body names its field; a well-formed one may still be a wrong code or login
            if (answer.error?.code === 'BAD_USER_INPUT') {
              expect(['body', 'login', 'password', 'code']).toContain(answer.error.field);
            }
          }
        },
      ),
      RUNS,
    );
  });

  describe('report uploads (records requestUpload)', () => {
    const request = (input: Partial<Record<string, unknown>>) =>
      send(patient, REQUEST_UPLOAD, {
        input: {
          caseId: DEMO_IDS.case,
          fileName: 'lab-report.pdf',
          contentType: 'application/pdf',
          byteSize: 1000,
          kind: 'LAB_REPORT',
          ...input,
        },
      });

    it(`byteSize is accepted iff it is a whole number of bytes from 1 to ${UPLOAD_LIMITS.maxFileBytes} (25 MB)`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.integer({ min: -3, max: 3 }),
            fc.integer({
              min: UPLOAD_LIMITS.maxFileBytes - 3,
              max: UPLOAD_LIMITS.maxFileBytes + 3,
            }),
            fc.integer({ min: -INT_MAX - 1, max: INT_MAX }),
          ),
          async (byteSize) => {
            const refused = refusal(await request({ byteSize }));
            if (byteSize >= 1 && byteSize <= UPLOAD_LIMITS.maxFileBytes) expect(refused).toBeNull();
            else expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.byteSize' });
          },
        ),
        RUNS,
      );
    });

    it('a file name is accepted iff, trimmed, it has 1 to 255 characters and no control or invisible formatting character (no bidi spoofing); NUL is refused naming the field', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 40 }),
            fc.string({
              unit: fc.constantFrom('a', 'र', '😀', ' '),
              minLength: 250,
              maxLength: 260,
            }),
            fc.string({ unit: 'binary', maxLength: 20 }),
            fc.constantFrom(
              '../../etc/passwd',
              'रिपोर्ट.pdf',
              '   ',
              'scan\u0000.pdf',
              'a\tb.pdf',
              'report\u202Efdp.exe',
              'lab\u200B.pdf',
            ),
          ),
          async (fileName) => {
            const kept = fileName.normalize('NFC').trim();
            const fine =
              kept.length > 0 &&
              [...kept].length <= 255 &&
              !/[\p{Cc}\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u.test(kept);
            const refused = refusal(await request({ fileName }));
            if (fine) expect(refused).toBeNull();
            else expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileName' });
          },
        ),
        { ...RUNS, examples: [['report\u202Efdp.exe'], ['lab\u200B.pdf']] },
      );
    });
  });

  describe('money (billing publishPriceList)', () => {
    let day = 0;
    /** A one-fee price list starting a day later than the one before (versions only move forward). */
    const publish = (amountInPaise: unknown) => {
      day += 1;
      return send(operations, PUBLISH, {
        input: {
          effectiveFrom: new Date(Date.UTC(2030, 0, 1) + day * 86_400_000).toISOString(),
          includes: ['Platform registration, video and record storage'],
          excludes: ['Additional investigations or imaging'],
          entries: [{ label: 'Any panel', minSpecialists: 1, maxSpecialists: null, amountInPaise }],
        },
      });
    };

    it('a fee is accepted iff it is a whole number of paise of at least 100 (₹1); else BAD_USER_INPUT naming the entry', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.integer({ min: -200, max: 300 }),
            fc.integer({ min: -INT_MAX - 1, max: INT_MAX }),
          ),
          async (amountInPaise) => {
            const refused = refusal(await publish(amountInPaise));
            if (amountInPaise >= 100) expect(refused).toBeNull();
            else
              expect(refused).toMatchObject({
                code: 'BAD_USER_INPUT',
                field: 'entries.0.amountInPaise',
              });
          },
        ),
        RUNS,
      );
    });

    it('rupees with paise as a fraction, numbers as text and amounts beyond a 32-bit Int never become a fee', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.double({ min: 1, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
            fc.integer({ min: INT_MAX + 1, max: Number.MAX_SAFE_INTEGER }),
            fc.constantFrom('500000', '₹5,000', null),
          ),
          async (amountInPaise) => {
            const result = await publish(amountInPaise);
            expect(result.data ?? null).toBeNull();
            expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
          },
        ),
        RUNS,
      );
    });
  });

  describe('patient registration (patient-intake registerPatient, rules of @consilium/validation)', () => {
    const REGISTER = `mutation ($id: ID!, $patient: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $patient) { id } }`;
    const base = {
      fullName: 'Kavita Deshpande',
      birthDate: '1984-03-12',
      gender: 'FEMALE',
      phone: '+919000009001',
    };

    it('the API gives the shared rules’ verdict for any text in any field, naming the same field, with a message in every problem', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(
            'fullName',
            'nameLocal',
            'genderIdentity',
            'phone',
            'email',
            'preferredLanguage',
            'birthDate',
          ),
          fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.string({ unit: 'binary', maxLength: 20 }),
            fc.constantFrom(
              '\u202Eevil',
              'x'.repeat(300),
              '2099-01-01',
              '098682 27853',
              'hi',
              'Asha@Example.org',
              ' ',
            ),
          ),
          async (field, value) => {
            const registration = { ...base, [field]: value };
            const local = patientRegistrationSchema(todayIn()).safeParse(registration, {
              reportInput: true,
            });
            const result = await send(patient, REGISTER, {
              id: DEMO_IDS.patient,
              patient: registration,
            });
            const error = result.errors?.[0];
            if (local.success) {
              expect(error).toBeUndefined();
              return;
            }
            const expected = problemsFromZod(local.error, 'patient')[0]!.field;
            // a value the schema's GraphQL types refuse (LocalDate) or a NUL never reaches the service
            expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
            if (error?.extensions?.['problems']) {
              expect(error.extensions['field']).toBe(expected);
              for (const problem of error.extensions['problems'] as { message: string }[]) {
                expect(problem.message.trim()).not.toBe('');
              }
            } else {
              expect(error?.message).toMatch(new RegExp(`${field}|patient`));
            }
          },
        ),
        RUNS,
      );
    });
  });
});
