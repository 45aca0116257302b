import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { Kind, parse } from 'graphql';
import { DEMO_ACCOUNTS } from '../identity/demo/demo-accounts';
import type { PatientSideSession } from '../intake/intake-test-client';
import { consentedFixtureCase } from '../opinions/opinion-test-client';
import type { SubgraphName } from '../subgraphs/subgraph-urls';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { everyFieldOf, objectTypesOf } from './entity-selection';

// Issue 12, "Object-level access through every path": patient A cannot reach patient B's case —
// through a root field, through aliases, through a batched request, or through `_entities` sent
// straight to a subgraph with A's token or with none. Subgraphs check every object themselves;
// none trusts a caller for reaching it over the network. Patient B is the demo patient (Kavita),
// patient A a patient who signs up here and enters a case of her own.

const SCHEMA_DIR = path.resolve(__dirname, '../../../schema');
const sdlOf = (subgraph: SubgraphName): string =>
  fs.readFileSync(path.join(SCHEMA_DIR, `${subgraph}.graphql`), 'utf8');

/** Kavita's husband, her proxy in the demo data (identity resolves him as her record accessor). */
const RAHUL = DEMO_ACCOUNTS[1]!.id;

/** Fields that only echo the representation the caller sent. */
const KEY_FIELDS = new Set(['__typename', 'id', 'accountId', 'patientId']);

/** An entity a subgraph resolves by reference that holds patient data. */
interface EntityTarget {
  subgraph: SubgraphName;
  typename: string;
  /** a representation of one of patient B's objects */
  representation: Record<string, string>;
  /** the selection (default: every field, two levels deep) */
  fields?: (typeOf: ReturnType<typeof objectTypesOf>) => string;
}

const ENTITY_TARGETS: EntityTarget[] = [
  { subgraph: 'patient-intake', typename: 'Case', representation: { id: DEMO_IDS.case } },
  { subgraph: 'patient-intake', typename: 'Patient', representation: { id: DEMO_IDS.patient } },
  { subgraph: 'specialist-matching', typename: 'Case', representation: { id: DEMO_IDS.case } },
  {
    // the directory profile is public; the panels a specialist sits on (with their cases) are not
    subgraph: 'specialist-matching',
    typename: 'Specialist',
    representation: { id: DEMO_IDS.specialists[0] },
    fields: (typeOf) => `panelMemberships { ${everyFieldOf(typeOf('PanelMember'), 1)} }`,
  },
  { subgraph: 'billing', typename: 'Case', representation: { id: DEMO_IDS.case } },
  { subgraph: 'records', typename: 'Case', representation: { id: DEMO_IDS.case } },
  { subgraph: 'records', typename: 'Document', representation: { id: DEMO_IDS.documents[0] } },
  { subgraph: 'records', typename: 'Patient', representation: { id: DEMO_IDS.patient } },
  {
    subgraph: 'identity',
    typename: 'RecordAccessor',
    representation: { accountId: RAHUL, patientId: DEMO_IDS.patient },
  },
];

/** Entity types resolved by reference that hold no patient data, and why. */
const NO_PATIENT_DATA: Record<string, string> = {
  'identity PartnerOrganisation': 'a partner organisation’s public name',
  'records Specialist': 'only the key (records adds nothing to the specialist)',
};

/** The entity types each subgraph's SDL marks `@key` without `resolvable: false`. */
function resolvableEntities(): string[] {
  const found: string[] = [];
  for (const subgraph of [
    'patient-intake',
    'specialist-matching',
    'billing',
    'records',
    'identity',
  ] as const) {
    for (const definition of parse(sdlOf(subgraph)).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const key = definition.directives?.find((directive) => directive.name.value === 'key');
      const resolvable = key?.arguments?.find((arg) => arg.name.value === 'resolvable');
      if (!key || (resolvable?.value.kind === Kind.BOOLEAN && !resolvable.value.value)) continue;
      found.push(`${subgraph} ${definition.name.value}`);
    }
  }
  return found.sort();
}

/** The `_entities` document asking for one target's fields. */
function entitiesQuery(target: EntityTarget): string {
  const typeOf = objectTypesOf(sdlOf(target.subgraph));
  const fields = target.fields?.(typeOf) ?? everyFieldOf(typeOf(target.typename));
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${target.typename} { ${fields} } } }`;
}

/** Every leaf value under an answer, with its path (the echoed key fields at the top left out). */
function leavesOf(value: unknown, at = ''): [string, unknown][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => leavesOf(item, `${at}[${index}]`));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      at === '' && KEY_FIELDS.has(key) ? [] : leavesOf(item, at ? `${at}.${key}` : key),
    );
  }
  return [[at, value]];
}

/** The text values of an entity an entitled viewer saw (names, dates, ids: what must not leak). */
function secretsOf(entity: unknown, sent: Record<string, string>): string[] {
  const sentIds = new Set(Object.values(sent));
  return [
    ...new Set(
      leavesOf(entity)
        .map(([, value]) => value)
        .filter(
          (value): value is string =>
            typeof value === 'string' &&
            value.length >= 5 &&
            !/^[A-Z][A-Z_]+$/.test(value) &&
            !sentIds.has(value),
        ),
    ),
  ];
}

const codesOf = (result: GraphQLResponse<unknown>): unknown[] =>
  (result.errors ?? []).map((error) => error.extensions?.['code']);

type EntitiesResult = GraphQLResponse<{ _entities: (Record<string, unknown> | null)[] }>;

describe('Object-level access through every path', () => {
  let platform: TestPlatform;
  let patientA: PatientSideSession;
  let caseOfA: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const made = await consentedFixtureCase(platform, 'case-b', 'object-access.a@example.org');
    patientA = made.session;
    caseOfA = made.caseId;
  });
  afterAll(() => platform.stop());

  /** Asserts a refusal: an access error, and not one value an entitled viewer saw. */
  const expectNothingOfB = (
    result: GraphQLResponse<unknown>,
    secrets: readonly string[],
    entity: unknown,
    allowed: readonly string[] = ['FORBIDDEN', 'UNAUTHENTICATED'],
  ): void => {
    const codes = codesOf(result);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !allowed.includes(String(code)))).toEqual([]);
    expect(leavesOf(entity)).toEqual([]);
    const text = JSON.stringify(result);
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  };

  it('covers every entity type a subgraph resolves by reference, or says why it holds no patient data', () => {
    const covered = [
      ...ENTITY_TARGETS.map((target) => `${target.subgraph} ${target.typename}`),
      ...Object.keys(NO_PATIENT_DATA),
    ].sort();
    expect(covered).toEqual(resolvableEntities());
  });

  describe.each(ENTITY_TARGETS.map((target) => [`${target.subgraph} ${target.typename}`, target]))(
    '_entities sent straight to %s',
    (_label, target) => {
      const send = (headers: Record<string, string>): Promise<EntitiesResult> =>
        postGraphQL(
          platform.urls[target.subgraph],
          entitiesQuery(target),
          { r: [{ __typename: target.typename, ...target.representation }] },
          headers,
        );
      let secrets: string[] = [];

      beforeAll(async () => {
        // what operations staff (entitled to every case) are shown: the values that must not leak
        const seen = await send(await platform.as('operations'));
        secrets = secretsOf(seen.data?._entities[0], target.representation);
      });

      it('shows operations staff patient B’s object (so the refusals below refuse real data)', () => {
        expect(secrets.length).toBeGreaterThan(0);
      });

      it('refuses patient A’s token: FORBIDDEN, nothing of B', async () => {
        const result = await send({ authorization: patientA.authorization });
        expectNothingOfB(result, secrets, result.data?._entities[0], ['FORBIDDEN']);
      });

      it('refuses a request without a token: UNAUTHENTICATED, nothing of B', async () => {
        const result = await send({});
        expectNothingOfB(result, secrets, result.data?._entities[0], ['UNAUTHENTICATED']);
      });
    },
  );

  describe('through the gateway', () => {
    const CASE_FIELDS =
      'id stage presentingComplaint patient { fullName phone email } panel { size } quote { amount } documents { id title }';
    let secretsOfB: string[] = [];

    beforeAll(async () => {
      const seen = await postGraphQL<{ case: unknown }>(
        platform.gateway.url,
        `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
        { id: DEMO_IDS.case },
        await platform.as('patient'),
      );
      secretsOfB = secretsOf(seen.data?.case, { id: DEMO_IDS.case });
    });

    it('shows patient B her case (what must not reach A)', () => {
      expect(secretsOfB).toEqual(expect.arrayContaining(['Kavita Deshpande', '+919000009001']));
    });

    it.each([
      ['case', `case(id: $id) { ${CASE_FIELDS} }`, DEMO_IDS.case],
      ['patient', 'patient(id: $id) { fullName phone email birthDate }', DEMO_IDS.patient],
      ['document', 'document(id: $id) { title contentType sha256 }', DEMO_IDS.documents[0]],
    ])('refuses patient A patient B’s %s through the root field', async (_field, selection, id) => {
      const result = await postGraphQL<Record<string, unknown>>(
        platform.gateway.url,
        `query ($id: ID!) { theirs: ${selection} }`,
        { id },
        { authorization: patientA.authorization },
      );
      expectNothingOfB(result, secretsOfB, result.data?.['theirs'], ['FORBIDDEN']);
    });

    it('refuses B’s case next to A’s own under aliases: only FORBIDDEN at B’s alias, nothing of B', async () => {
      const own = await postGraphQL<Record<string, { id: string } | null>>(
        platform.gateway.url,
        `query ($mine: ID!) { mine: case(id: $mine) { id } again: case(id: $mine) { patient { fullName } } }`,
        { mine: caseOfA },
        { authorization: patientA.authorization },
      );
      expect(own.errors).toBeUndefined();
      expect(own.data?.['mine']).toEqual({ id: caseOfA });
      const mixed = await postGraphQL<Record<string, unknown>>(
        platform.gateway.url,
        `query ($mine: ID!, $theirs: ID!) {
          mine: case(id: $mine) { ${CASE_FIELDS} }
          theirs: case(id: $theirs) { ${CASE_FIELDS} }
          again: case(id: $theirs) { patient { fullName } }
        }`,
        { mine: caseOfA, theirs: DEMO_IDS.case },
        { authorization: patientA.authorization },
      );
      // case(id:) is non-null, so a refused alias nulls the whole answer (GraphQL's null bubbling)
      expectNothingOfB(mixed, secretsOfB, mixed.data?.['theirs'], ['FORBIDDEN']);
      const paths = mixed.errors?.map((error) => error.path?.[0]) ?? [];
      expect(paths.filter((at) => at !== 'theirs' && at !== 'again')).toEqual([]);
    });

    it('refuses a batched request (a JSON array of operations) with 400 before any of it runs', async () => {
      for (const url of [platform.gateway.url, ...Object.values(platform.urls)]) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: patientA.authorization },
          body: JSON.stringify([
            { query: 'query ($id: ID!) { case(id: $id) { id } }', variables: { id: caseOfA } },
            {
              query: `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
              variables: { id: DEMO_IDS.case },
            },
          ]),
        });
        expect({ url, status: response.status, body: await response.json() }).toEqual({
          url,
          status: 400,
          body: {
            errors: [
              { message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } },
            ],
          },
        });
      }
    });

    it('offers no _entities field to clients', async () => {
      const result = await postGraphQL(
        platform.gateway.url,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id } } }',
        { r: [{ __typename: 'Case', id: DEMO_IDS.case }] },
        { authorization: patientA.authorization },
      );
      expect(result.data).toBeUndefined();
      expect(new Set(codesOf(result))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(result.errors?.map((error) => error.message)).toContain(
        'Cannot query field "_entities" on type "Query".',
      );
    });
  });
});
