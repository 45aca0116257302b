import { DEMO_IDS } from '@consilium/subgraph-kit';
import {
  postGraphQL,
  testAuthorization,
  TEST_VIEWERS,
  representations,
  selectsFrom,
  startTestService,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { patientIntake } from '../index';

describe('patient-intake cases', () => {
  let OPS: { authorization: string };
  let service: TestService;

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(patientIntake);
  });
  afterAll(() => service.stop());

  it('returns a seeded case with its patient', async () => {
    const result = await postGraphQL(
      service.url,
      'query ($id: ID!) { case(id: $id) { id stage reasonForSecondOpinion patient { id fullName nameLocal birthDate } } }',
      { id: DEMO_IDS.case },
      OPS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      case: {
        id: DEMO_IDS.case,
        stage: 'AWAITING_PAYMENT',
        reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
        patient: {
          id: DEMO_IDS.patient,
          fullName: 'Kavita Deshpande',
          nameLocal: 'कविता देशपांडे',
          birthDate: '1974-03-14',
        },
      },
    });
  });

  it('answers NOT_FOUND for a well-formed id that does not exist', async () => {
    const id = '019ad000-0000-7000-8000-00000000ffff';
    const result = await postGraphQL(
      service.url,
      'query ($id: ID!) { case(id: $id) { id } }',
      {
        id,
      },
      OPS,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe(`Case ${id} was not found.`);
  });

  it('answers BAD_USER_INPUT naming the field for an id that is not a UUID', async () => {
    const result = await postGraphQL(service.url, '{ case(id: "42") { id } }', {}, OPS);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('resolves twenty Case references with one query on cases and one on patients', async () => {
    const batch = representations('Case', 20, [DEMO_IDS.case]);
    service.queries.length = 0;
    const result = await postGraphQL<{
      _entities: ({ id: string; patient: { id: string } } | null)[];
    }>(
      service.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id patient { id } } } }',
      { r: batch },
      OPS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]?.patient.id).toBe(DEMO_IDS.patient);
    expect(result.data?._entities.slice(1).every((entity) => entity === null)).toBe(true);
    expect(selectsFrom(service.queries, 'medical_case')).toHaveLength(1);
    expect(selectsFrom(service.queries, 'patient')).toHaveLength(1);
  });
});
