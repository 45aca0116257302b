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
import { billing } from '../index';

const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Case { id quote { amount currency panelSize } } }
}`;

describe('Case.quote from billing', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(billing);
  });
  afterAll(() => service.stop());

  it('gives the demo board its fixed fee of 500000 paise and other cases none', async () => {
    service.queries.length = 0;
    const batch = representations('Case', 20, [DEMO_IDS.case]);
    const result = await postGraphQL<{ _entities: unknown[] }>(
      service.url,
      ENTITIES,
      { r: batch },
      await testAuthorization(TEST_VIEWERS.operations),
    );
    expect(result.data?._entities[0]).toEqual({
      id: DEMO_IDS.case,
      quote: { amount: 500000, currency: 'INR', panelSize: 3 },
    });
    expect(result.data?._entities[1]).toEqual({ id: batch[1]!.id, quote: null });
    expect(selectsFrom(service.queries, 'quote')).toHaveLength(1);
  });

  it('shows the fee to the case’s patient and to nobody else', async () => {
    const one = { r: [{ __typename: 'Case', id: DEMO_IDS.case }] };
    const own = await postGraphQL(
      service.url,
      ENTITIES,
      one,
      await testAuthorization(TEST_VIEWERS.patient),
    );
    expect(own.errors).toBeUndefined();
    const other = await postGraphQL(
      service.url,
      ENTITIES,
      one,
      await testAuthorization(TEST_VIEWERS.otherPatient),
    );
    expect(other.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('500000');
    const anonymous = await postGraphQL(service.url, ENTITIES, one);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
