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
import { specialistMatching } from '../index';

const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Case { id panel { mode size members { status specialist { fullName } } } }
  }
}`;

describe('Case.panel from specialist-matching', () => {
  let OPS: { authorization: string };
  let service: TestService;

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(specialistMatching);
  });
  afterAll(() => service.stop());

  it('gives the demo case its board of three confirmed specialists', async () => {
    const result = await postGraphQL(
      service.url,
      ENTITIES,
      {
        r: [{ __typename: 'Case', id: DEMO_IDS.case }],
      },
      OPS,
    );
    expect(result.data).toEqual({
      _entities: [
        {
          id: DEMO_IDS.case,
          panel: {
            mode: 'BOARD',
            size: 3,
            members: [
              { status: 'CONFIRMED', specialist: { fullName: 'Sunanda Iyer' } },
              { status: 'CONFIRMED', specialist: { fullName: 'Vikram Sethi' } },
              { status: 'CONFIRMED', specialist: { fullName: 'Ananya Ghosh' } },
            ],
          },
        },
      ],
    });
  });

  it('gives a case without a panel null', async () => {
    const result = await postGraphQL(
      service.url,
      ENTITIES,
      {
        r: [{ __typename: 'Case', id: '019ad000-0000-7000-8000-00000000abcd' }],
      },
      OPS,
    );
    expect(result.data).toEqual({
      _entities: [{ id: '019ad000-0000-7000-8000-00000000abcd', panel: null }],
    });
  });

  it('loads panels, members and specialists of twenty cases with one query each', async () => {
    const batch = representations('Case', 20, [DEMO_IDS.case]);
    service.queries.length = 0;
    const result = await postGraphQL(service.url, ENTITIES, { r: batch }, OPS);
    expect(result.errors).toBeUndefined();
    expect(selectsFrom(service.queries, 'panel')).toHaveLength(1);
    expect(selectsFrom(service.queries, 'panel_member')).toHaveLength(1);
    expect(selectsFrom(service.queries, 'specialist')).toHaveLength(1);
  });

  it('lists a specialist’s panel memberships with the case each is for', async () => {
    const result = await postGraphQL(
      service.url,
      'query ($id: ID!) { specialist(id: $id) { panelMemberships { status case { id } } } }',
      { id: DEMO_IDS.specialists[1] },
      OPS,
    );
    expect(result.data).toEqual({
      specialist: { panelMemberships: [{ status: 'CONFIRMED', case: { id: DEMO_IDS.case } }] },
    });
    const none = await postGraphQL(
      service.url,
      'query ($id: ID!) { specialist(id: $id) { panelMemberships { id } } }',
      { id: DEMO_IDS.specialists[4] },
      OPS,
    );
    expect(none.data).toEqual({ specialist: { panelMemberships: [] } });
  });
});
