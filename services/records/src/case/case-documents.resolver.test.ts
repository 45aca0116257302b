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
import { records } from '../index';

describe('Documents from records', () => {
  let OPS: { authorization: string };
  let service: TestService;

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(records);
  });
  afterAll(() => service.stop());

  it('lists a case’s documents oldest first, keeping names in any script', async () => {
    const result = await postGraphQL(
      service.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { documents { title contentType size } } } }',
      { r: [{ __typename: 'Case', id: DEMO_IDS.case }] },
      OPS,
    );
    expect(result.data).toEqual({
      _entities: [
        {
          documents: [
            {
              title: 'Histopathology report (lumpectomy).pdf',
              contentType: 'application/pdf',
              size: expect.any(Number),
            },
            { title: 'मैमोग्राफी रिपोर्ट.jpg', contentType: 'image/jpeg', size: expect.any(Number) },
          ],
        },
      ],
    });
  });

  it('gathers a patient’s documents into the health record', async () => {
    const result = await postGraphQL(
      service.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { healthRecord { patientId documents { id } } } } }',
      { r: [{ __typename: 'Patient', id: DEMO_IDS.patient }] },
      OPS,
    );
    expect(result.data).toEqual({
      _entities: [
        {
          healthRecord: {
            patientId: DEMO_IDS.patient,
            documents: DEMO_IDS.documents.map((id) => ({ id })),
          },
        },
      ],
    });
  });

  it('loads the documents of twenty cases with one query', async () => {
    const batch = representations('Case', 20, [DEMO_IDS.case]);
    service.queries.length = 0;
    const result = await postGraphQL<{ _entities: { documents: unknown[] }[] }>(
      service.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { documents { id } } } }',
      { r: batch },
      OPS,
    );
    expect(result.data?._entities.map((entity) => entity.documents.length)).toEqual([
      2,
      ...Array(19).fill(0),
    ]);
    expect(selectsFrom(service.queries, 'document')).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown document and BAD_USER_INPUT for a bad id', async () => {
    const unknown = await postGraphQL(
      service.url,
      '{ document(id: "019ad000-0000-7000-8000-0000000000cc") { id } }',
      {},
      OPS,
    );
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const bad = await postGraphQL(
      service.url,
      '{ document(id: "../../etc/passwd") { id } }',
      {},
      OPS,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
