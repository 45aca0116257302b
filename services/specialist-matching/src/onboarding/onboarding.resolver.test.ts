import {
  postGraphQL,
  startTestService,
  testAuthorization,
  TEST_VIEWERS,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { specialistMatching } from '../index';

const ONBOARD = `mutation ($input: SpecialistProfileInput!) {
  onboardSpecialist(input: $input) { id listed registration { council number } }
}`;

const profile = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  fullName: 'Meena Raghunathan',
  specialty: 'Nephrology',
  qualifications: 'MBBS, MD, DM (Nephrology)',
  aiimsTrained: false,
  yearsOfExperience: 12,
  languages: ['English', 'Tamil'],
  city: 'Chennai',
  hospitals: ['Marina Kidney Centre, Chennai'],
  registration: { council: 'Tamil Nadu Medical Council', number: 'TNMC/55120', year: 2012 },
  maxActiveCases: 6,
  timeZone: 'Asia/Kolkata',
  weeklyAvailability: [{ weekday: 'SATURDAY', start: '23:00', end: '01:30' }],
  ...overrides,
});

describe('Onboarding specialists', () => {
  let service: TestService;
  let OPS: { authorization: string };
  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(specialistMatching);
  });
  afterAll(() => service.stop());

  const onboard = (input: Record<string, unknown>) =>
    postGraphQL<{ onboardSpecialist: { id: string; listed: boolean } }>(
      service.url,
      ONBOARD,
      { input },
      OPS,
    );

  it('adds an unlisted profile with the registration number as councils write it', async () => {
    const added = await onboard(
      profile({
        registration: {
          council: ' Tamil  Nadu Medical Council',
          number: ' tnmc/55120 ',
          year: 2012,
        },
      }),
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.onboardSpecialist).toMatchObject({
      listed: false,
      registration: { council: 'Tamil Nadu Medical Council', number: 'TNMC/55120' },
    });
  });

  it.each([
    [
      'the same number in other letters and spaces',
      { council: 'Tamil Nadu Medical Council', number: 'tnmc/55120 ' },
    ],
    [
      'the same council in other letters',
      { council: 'tamil nadu medical council', number: 'TNMC/55120' },
    ],
  ])('refuses a registration already on a profile: %s', async (_case, registration) => {
    const again = await onboard(
      profile({ fullName: 'Someone Else', registration: { ...registration, year: 2012 } }),
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already on Meena Raghunathan’s profile/);
  });

  it('refuses overlapping weekly windows, a Sunday one inside a window past Saturday midnight too', async () => {
    const overlapping = await onboard(
      profile({
        registration: { council: 'Delhi Medical Council', number: 'DMC/R/77001', year: 2015 },
        weeklyAvailability: [
          { weekday: 'SATURDAY', start: '23:00', end: '01:30' },
          { weekday: 'SUNDAY', start: '01:00', end: '02:00' },
        ],
      }),
    );
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.weeklyAvailability.1',
    });
    const sameDay = await onboard(
      profile({
        registration: { council: 'Delhi Medical Council', number: 'DMC/R/77002', year: 2015 },
        weeklyAvailability: [
          { weekday: 'TUESDAY', start: '19:00', end: '21:00' },
          { weekday: 'TUESDAY', start: '20:00', end: '22:00' },
        ],
      }),
    );
    expect(sameDay.errors?.[0]?.extensions?.['field']).toBe('input.weeklyAvailability.1');
    const apart = await onboard(
      profile({
        registration: { council: 'Delhi Medical Council', number: 'DMC/R/77003', year: 2015 },
        weeklyAvailability: [
          { weekday: 'SATURDAY', start: '23:00', end: '01:30' },
          { weekday: 'SUNDAY', start: '01:30', end: '02:00' },
        ],
      }),
    );
    expect(apart.errors).toBeUndefined();
  });

  it('keeps the message email when a profile change does not carry it', async () => {
    const added = await onboard(
      profile({
        email: 'Meera.K@Example.org',
        registration: { council: 'Kerala Medical Council', number: 'KMC/1201', year: 2011 },
      }),
    );
    const id = added.data!.onboardSpecialist.id;
    const UPDATE = `mutation ($id: ID!, $input: SpecialistProfileInput!) {
      updateSpecialistProfile(id: $id, input: $input) { email maxActiveCases }
    }`;
    const changed = await postGraphQL(
      service.url,
      UPDATE,
      {
        id,
        input: profile({
          maxActiveCases: 9,
          registration: { council: 'Kerala Medical Council', number: 'KMC/1201', year: 2011 },
        }),
      },
      OPS,
    );
    expect(changed.data).toEqual({
      updateSpecialistProfile: { email: 'meera.k@example.org', maxActiveCases: 9 },
    });
    const badEmail = await onboard(profile({ email: 'not-an-address' }));
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
  });
});
