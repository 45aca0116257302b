import { DEMO_IDS } from '@consilium/subgraph-kit';
import {
  setDomainClock,
  testAuthorization,
  TEST_VIEWERS,
  postGraphQL,
  startTestService,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { specialistMatching } from '../index';
import { Specialist } from './specialist.entity';

interface Page {
  specialists: {
    edges: { cursor: string; node: { fullName: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query ($first: Int, $after: String) {
  specialists(first: $first, after: $after) {
    edges { cursor node { fullName } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('The specialist directory', () => {
  let OPS: { authorization: string };
  let service: TestService;

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(specialistMatching);
    const em = service.orm.em.fork();
    em.create(Specialist, {
      fullName: 'Aaron Unverified',
      specialty: 'Cardiology',
      qualifications: 'MBBS',
      yearsOfExperience: 3,
      city: 'Pune',
      registration: { council: 'Maharashtra Medical Council', number: 'MMC/1', year: 2020 },
      listed: false,
    });
    await em.flush();
  });
  afterAll(() => service.stop());

  it('shows a specialist with the medical council registration', async () => {
    const result = await postGraphQL(
      service.url,
      'query ($id: ID!) { specialist(id: $id) { fullName nameLocal specialty languages registration { council number year } } }',
      { id: DEMO_IDS.specialists[0] },
      OPS,
    );
    expect(result.data).toEqual({
      specialist: {
        fullName: 'Sunanda Iyer',
        nameLocal: 'சுனந்தா ஐயர்',
        specialty: 'Medical Oncology',
        languages: ['English', 'Tamil', 'Hindi'],
        registration: { council: 'Tamil Nadu Medical Council', number: 'TNMC/90412', year: 2008 },
      },
    });
  });

  it('pages through listed specialists by name and hides unverified ones', async () => {
    const first = await postGraphQL<Page>(service.url, PAGE, { first: 3 }, OPS);
    const names = first.data!.specialists.edges.map((edge) => edge.node.fullName);
    expect(names).toEqual(['Ananya Ghosh', 'Pooja Agarwal', 'Rahul Menon']);
    expect(first.data!.specialists.pageInfo.hasNextPage).toBe(true);

    const second = await postGraphQL<Page>(
      service.url,
      PAGE,
      {
        first: 3,
        after: first.data!.specialists.pageInfo.endCursor,
      },
      OPS,
    );
    expect(second.data!.specialists.edges.map((edge) => edge.node.fullName)).toEqual([
      'Sunanda Iyer',
      'Vikram Sethi',
    ]);
    expect(second.data!.specialists.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page larger than 100 naming first', async () => {
    const result = await postGraphQL(service.url, PAGE, { first: 101 }, OPS);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('refuses a cursor it did not make naming after', async () => {
    const result = await postGraphQL(service.url, PAGE, { first: 2, after: 'not-a-cursor' }, OPS);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  describe('filters', () => {
    const names = async (filter: Record<string, unknown>, first = 20): Promise<string[]> => {
      const result = await postGraphQL<Page>(
        service.url,
        'query ($f: SpecialistFilter, $first: Int) { specialists(first: $first, filter: $f) { edges { node { fullName } } pageInfo { hasNextPage endCursor } } }',
        { f: filter, first },
        OPS,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.specialists.edges.map((edge) => edge.node.fullName);
    };
    afterEach(() => setDomainClock(null));

    it('counts only consulting hours still ahead for "available within N days"', async () => {
      // Monday 30 Nov 2026, 14:58 in Kolkata
      setDomainClock(new Date('2026-11-30T09:28:00Z'));
      // within 24 h only Sunanda's Monday 18:00 (Rahul Menon's Monday 07:00 has passed; Vikram's
      // and Pooja's Tuesday windows start after 14:58)
      expect(await names({ availableWithinDays: 1 })).toEqual(['Sunanda Iyer']);
      // to Wednesday 14:58: Tuesday evening and Wednesday 07:00, not Wednesday 19:00
      expect(await names({ availableWithinDays: 2 })).toEqual([
        'Pooja Agarwal',
        'Rahul Menon',
        'Sunanda Iyer',
        'Vikram Sethi',
      ]);
      // paging through the precise filter keeps every row once
      expect(await names({ availableWithinDays: 2 }, 2)).toEqual(['Pooja Agarwal', 'Rahul Menon']);
    });

    it('matches a city by its start, in any case, and a language', async () => {
      expect(await names({ city: 'new' })).toEqual(['Vikram Sethi']);
      expect(await names({ language: 'bengali' })).toEqual(['Ananya Ghosh']);
      // the sub-specialty "Breast Oncology" makes Sunanda the closest match
      expect(await names({ query: 'oncology' })).toEqual([
        'Sunanda Iyer',
        'Ananya Ghosh',
        'Vikram Sethi',
      ]);
    });

    it('names the filter field it refuses', async () => {
      const result = await postGraphQL(
        service.url,
        'query { specialists(filter: { availableWithinDays: 90 }) { edges { cursor } } }',
        {},
        OPS,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.availableWithinDays',
      });
    });
  });
});
