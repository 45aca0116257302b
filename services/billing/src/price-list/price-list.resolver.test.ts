import {
  testAuthorization,
  TEST_VIEWERS,
  postGraphQL,
  startTestService,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { billing } from '../index';

describe('The price list', () => {
  let OPS: { authorization: string };
  let service: TestService;

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(billing, false);
  });
  afterAll(() => service.stop());

  it('exists on a fresh database with the fees by panel size in paise', async () => {
    const result = await postGraphQL(
      service.url,
      '{ currentPriceList { version currency entries { label minSpecialists maxSpecialists amount } excludes } }',
      {},
      OPS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      currentPriceList: {
        version: 1,
        currency: 'INR',
        entries: [
          { label: '1 specialist', minSpecialists: 1, maxSpecialists: 1, amount: 250000 },
          { label: '2 specialists', minSpecialists: 2, maxSpecialists: 2, amount: 350000 },
          {
            label: 'Board of 3 or more specialists',
            minSpecialists: 3,
            maxSpecialists: null,
            amount: 500000,
          },
        ],
        excludes: [
          'Additional investigations or imaging',
          'Re-reading of images or specimens when secondary to the consulted specialist’s task',
        ],
      },
    });
  });
});
