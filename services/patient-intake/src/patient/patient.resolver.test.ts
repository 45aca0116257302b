import { DEMO_IDS } from '@consilium/subgraph-kit';
import {
  postGraphQL,
  testAuthorization,
  TEST_VIEWERS,
  selectsFrom,
  startTestService,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { patientIntake } from '../index';

describe('patient-intake patients', () => {
  let OPS: { authorization: string };
  let service: TestService;

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(patientIntake);
  });
  afterAll(() => service.stop());

  it('returns a patient with FHIR-named demographics and an E.164 phone', async () => {
    const result = await postGraphQL(
      service.url,
      'query ($id: ID!) { patient(id: $id) { fullName birthDate gender phone email preferredLanguage } }',
      { id: DEMO_IDS.patient },
      OPS,
    );
    expect(result.data).toEqual({
      patient: {
        fullName: 'Kavita Deshpande',
        birthDate: '1974-03-14',
        gender: 'FEMALE',
        phone: '+919000009001',
        email: 'kavita.deshpande@example.org',
        preferredLanguage: 'mr',
      },
    });
  });

  it('resolves many Patient references with one query', async () => {
    const representations = [DEMO_IDS.patient, '019ad000-0000-7000-8000-0000000000aa'].map(
      (id) => ({
        __typename: 'Patient',
        id,
      }),
    );
    service.queries.length = 0;
    const result = await postGraphQL(
      service.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id fullName } } }',
      { r: representations },
      OPS,
    );
    expect(result.data).toEqual({
      _entities: [{ id: DEMO_IDS.patient, fullName: 'Kavita Deshpande' }, null],
    });
    expect(selectsFrom(service.queries, 'patient')).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown patient', async () => {
    const result = await postGraphQL(
      service.url,
      '{ patient(id: "019ad000-0000-7000-8000-0000000000bb") { id } }',
      {},
      OPS,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
