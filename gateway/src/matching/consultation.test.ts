import { postGraphQL, setDomainClock } from '@consilium/subgraph-kit/testing';
import { watchContactSlas } from '@consilium/specialist-matching/src/consultation/contact-sla.service';
import { loadBadInputs } from '../intake/fixture-cases';
import type { PatientSideSession } from '../intake/intake-test-client';
import {
  consentedFixtureCase,
  flushEvents,
  specialistSession,
} from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { activeWithSpecialist, onboardFixtureSpecialists } from './matching-test-client';

/** The fixtures' fixed "now" (shared/fixtures/README.md). */
const ASSUME_NOW = new Date('2026-11-29T10:00:00Z');
const HOUR = 3600_000;
const APPOINTMENT_ROWS = loadBadInputs('appointment');

const PROPOSE = `mutation ($input: AppointmentProposalInput!) {
  proposeAppointment(input: $input) {
    id status mode slots { id startsAt endsAt display }
  }
}`;
const BOOK = `mutation ($a: ID!, $s: ID!) {
  bookAppointment(appointmentId: $a, slotId: $s) {
    status startsAt endsAt meetingUrl startsAtDisplay
    kolkata: startsAtDisplay(timeZone: "Asia/Kolkata")
    london: startsAtDisplay(timeZone: "Europe/London")
  }
}`;

describe('Consultation: the 48-hour contact clock, appointments and requests for information', () => {
  let platform: TestPlatform;
  let ids: Map<string, string>;
  let serial = 0;
  const doctors = new Map<string, { authorization: string }>();

  const doctor = async (slug: string, name: string): Promise<{ authorization: string }> => {
    if (!doctors.has(slug)) {
      doctors.set(slug, await specialistSession(platform, ids.get(slug)!, name));
    }
    return doctors.get(slug)!;
  };
  /** A fixture case made ACTIVE with one fixture specialist. */
  const activeCase = async (
    ref: string,
    slug: string,
  ): Promise<{ session: PatientSideSession; caseId: string }> => {
    const entered = await consentedFixtureCase(
      platform,
      ref,
      `consult-${ref}-${(serial += 1)}@example.org`,
    );
    await activeWithSpecialist(platform, entered.session, entered.caseId, ids.get(slug)!);
    return entered;
  };
  const gql = <T>(who: { authorization: string }, query: string, variables = {}) =>
    postGraphQL<T>(platform.gateway.url, query, variables, who);

  beforeAll(async () => {
    platform = await startTestPlatform();
    setDomainClock(ASSUME_NOW);
    ids = await onboardFixtureSpecialists(platform);
  }, 120_000);
  afterAll(async () => {
    setDomainClock(null);
    await platform.stop();
  });

  describe('appointment rows of bad-inputs.json', () => {
    it('appointment-0030-ist-previous-utc-day: 00:30 in Kolkata is stored as 19:00 UTC the day before', async () => {
      const row = APPOINTMENT_ROWS.find((r) => r.id === 'appointment-0030-ist-previous-utc-day')!;
      const input = row.input as Record<string, string | number>;
      const { session, caseId } = await activeCase('case-e', 'prakash-reddy-gudipati');
      const prakash = await doctor('prakash-reddy-gudipati', 'Prakash Reddy Gudipati');
      const proposed = await gql<{
        proposeAppointment: {
          id: string;
          slots: { id: string; startsAt: string; endsAt: string; display: string }[];
        };
      }>(prakash, PROPOSE, {
        input: {
          caseId,
          mode: input['mode'],
          durationMinutes: input['durationMinutes'],
          slots: [{ localStart: input['localStart'], timeZone: input['timeZone'] }],
        },
      });
      expect(proposed.errors).toBeUndefined();
      const expected = row.expected as {
        normalisedTo: { startsAt: string; endsAt: string };
        display: { 'Asia/Kolkata': string };
      };
      const slot = proposed.data!.proposeAppointment.slots[0]!;
      expect(slot.startsAt).toBe(expected.normalisedTo.startsAt.replace('Z', '.000Z'));
      expect(slot.endsAt).toBe(expected.normalisedTo.endsAt.replace('Z', '.000Z'));
      // the fixture writes "Sun 13 Dec 2026, 00:30 IST"
      expect(slot.display).toBe(expected.display['Asia/Kolkata']);

      const booked = await gql<{
        bookAppointment: { status: string; meetingUrl: string; kolkata: string; london: string };
      }>(session, BOOK, { a: proposed.data!.proposeAppointment.id, s: slot.id });
      expect(booked.errors).toBeUndefined();
      expect(booked.data!.bookAppointment).toMatchObject({
        status: 'BOOKED',
        kolkata: 'Sun 13 Dec 2026, 00:30 IST',
        london: 'Sat 12 Dec 2026, 19:00 GMT',
      });
      expect(booked.data!.bookAppointment.meetingUrl).toMatch(
        /^https:\/\/meet\.jit\.si\/consilium-[0-9a-f]{24}$/,
      );

      // the same time again: the specialist is already booked
      const twice = await gql(prakash, PROPOSE, {
        input: {
          caseId,
          mode: 'PHONE',
          durationMinutes: 30,
          slots: [{ localStart: '2026-12-13T00:45', timeZone: 'Asia/Kolkata' }],
        },
      });
      expect(twice.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      // outside the weekly windows
      const outside = await gql(prakash, PROPOSE, {
        input: {
          caseId,
          mode: 'PHONE',
          durationMinutes: 30,
          slots: [{ localStart: '2026-12-14T09:00', timeZone: 'Asia/Kolkata' }],
        },
      });
      expect(outside.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.slots.0.startsAt',
      });
    });

    it('appointment-in-past: refused, naming startsAt, and nothing is created', async () => {
      const row = APPOINTMENT_ROWS.find((r) => r.id === 'appointment-in-past')!;
      const input = row.input as Record<string, string | number>;
      const { caseId } = await activeCase('case-b', 'rohan-khanna');
      const rohan = await doctor('rohan-khanna', 'Rohan Khanna');
      const refused = await gql(rohan, PROPOSE, {
        input: {
          caseId,
          mode: input['mode'],
          durationMinutes: input['durationMinutes'],
          slots: [{ localStart: input['localStart'], timeZone: input['timeZone'] }],
        },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(refused.errors?.[0]?.extensions?.['field'])).toMatch(/startsAt$/);
      expect(refused.errors?.[0]?.message).toBe('The appointment time has already passed.');
      const read = await gql<{ case: { appointments: unknown[] } }>(
        rohan,
        'query ($id: ID!) { case(id: $id) { appointments { id } } }',
        { id: caseId },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.case.appointments).toEqual([]);
    });
  });

  it('moves and cancels an appointment only with a reason', async () => {
    const { session, caseId } = await activeCase('case-b', 'rohan-khanna');
    const rohan = await doctor('rohan-khanna', 'Rohan Khanna');
    const proposed = await gql<{ proposeAppointment: { id: string; slots: { id: string }[] } }>(
      rohan,
      PROPOSE,
      {
        input: {
          caseId,
          mode: 'IN_PERSON',
          durationMinutes: 30,
          address: 'OPD 3, Ring Road Spine Centre, New Delhi',
          slots: [{ localStart: '2026-11-30T18:30', timeZone: 'Asia/Kolkata' }],
        },
      },
    );
    expect(proposed.errors).toBeUndefined();
    const id = proposed.data!.proposeAppointment.id;
    await gql(session, BOOK, { a: id, s: proposed.data!.proposeAppointment.slots[0]!.id });
    const RESCHEDULE = `mutation ($a: ID!, $t: LocalTimeInput!, $r: String!) {
      rescheduleAppointment(appointmentId: $a, slot: $t, reason: $r) { startsAt rescheduleReason }
    }`;
    const noReason = await gql(rohan, RESCHEDULE, {
      a: id,
      t: { localStart: '2026-12-02T18:30', timeZone: 'Asia/Kolkata' },
      r: ' ',
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const moved = await gql<{
      rescheduleAppointment: { startsAt: string; rescheduleReason: string };
    }>(rohan, RESCHEDULE, {
      a: id,
      t: { localStart: '2026-12-02T18:30', timeZone: 'Asia/Kolkata' },
      r: 'Operating late on Monday',
    });
    expect(moved.data!.rescheduleAppointment).toEqual({
      startsAt: '2026-12-02T13:00:00.000Z',
      rescheduleReason: 'Operating late on Monday',
    });
    const cancelled = await gql<{ cancelAppointment: { status: string; cancelReason: string } }>(
      session,
      'mutation ($a: ID!) { cancelAppointment(appointmentId: $a, reason: "We will travel that week") { status cancelReason } }',
      { a: id },
    );
    expect(cancelled.data!.cancelAppointment).toEqual({
      status: 'CANCELLED',
      cancelReason: 'We will travel that week',
    });
    // each side was told of the other's change, without clinical details
    await flushEvents(platform);
    const mailbox = (
      await gql<{ devMailbox: { recipient: string; subject: string | null; body: string }[] }>(
        await platform.as('operations'),
        '{ devMailbox(first: 100) { recipient subject body } }',
      )
    ).data!.devMailbox;
    const reference = caseId.slice(-8).toUpperCase();
    expect(
      mailbox.filter((m) => m.body.startsWith('A specialist has offered times')).length,
    ).toBeGreaterThan(0);
    expect(
      mailbox.filter((m) => m.body.startsWith('A specialist has moved your consultation')).length,
    ).toBeGreaterThan(0);
    const toRohan = mailbox.filter(
      (m) => m.recipient === 'rohan.khanna@example.com' && m.subject?.includes(reference),
    );
    expect(toRohan.map((m) => m.subject!.replace(/ for .*$/, ''))).toEqual(
      expect.arrayContaining([
        `Consilium: the patient cancelled an appointment on case ${reference}`,
        `Consilium: appointment booked on case ${reference}`,
      ]),
    );
    expect(toRohan.map((m) => m.body).join(' ')).not.toMatch(/travel|disc|spine/i);
  });

  it('reminds the specialist at 24 and 40 hours, alerts operations at 48, once each', async () => {
    const { caseId } = await activeCase('case-b', 'rohan-khanna');
    const ops = await platform.as('operations');
    const orm = platform.subgraphs['specialist-matching'].orm;
    const clocks = async () =>
      (
        await gql<{
          case: {
            contactSlas: {
              status: string;
              dueAt: string;
              startedAt: string;
              firstReminderAt: string | null;
              secondReminderAt: string | null;
              breachedAt: string | null;
            }[];
          };
        }>(
          ops,
          'query ($id: ID!) { case(id: $id) { contactSlas { status startedAt dueAt firstReminderAt secondReminderAt breachedAt } } }',
          { id: caseId },
        )
      ).data!.case.contactSlas;
    const [clock] = await clocks();
    expect(clock!.status).toBe('OPEN');
    const paidAt = new Date(clock!.startedAt).getTime();
    expect(new Date(clock!.dueAt).getTime() - paidAt).toBe(48 * HOUR);
    const mailTo = async (recipient: string) =>
      (
        await gql<{ devMailbox: { recipient: string; subject: string | null; body: string }[] }>(
          ops,
          '{ devMailbox(first: 100) { recipient subject body } }',
        )
      ).data!.devMailbox.filter(
        (m) =>
          m.recipient === recipient &&
          m.body.includes(caseId.slice(-8).toUpperCase()) &&
          !m.subject?.startsWith('Consilium: will you take case'),
      );

    await watchContactSlas(orm, new Date(paidAt + 23 * HOUR));
    await flushEvents(platform);
    expect(await mailTo('rohan.khanna@example.com')).toHaveLength(0);

    for (const hours of [24.5, 30, 41, 47])
      await watchContactSlas(orm, new Date(paidAt + hours * HOUR));
    await flushEvents(platform);
    const reminders = await mailTo('rohan.khanna@example.com');
    expect(reminders.map((m) => m.body.match(/(\d+) hours have passed/)![1]).sort()).toEqual([
      '24',
      '40',
    ]);
    expect(reminders[0]!.body).not.toMatch(/disc|spine|sciatica/i);

    await watchContactSlas(orm, new Date(paidAt + 48 * HOUR + 60_000));
    await watchContactSlas(orm, new Date(paidAt + 50 * HOUR));
    await flushEvents(platform);
    const alerts = await mailTo('operations@consilium.example');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.subject).toMatch(/48-hour contact missed/);
    expect((await clocks())[0]).toMatchObject({ status: 'BREACHED' });
    const board = await gql<{ slaBoard: { status: string; case: { id: string } }[] }>(
      ops,
      '{ slaBoard { status case { id } } }',
    );
    const statuses = board.data!.slaBoard.map((entry) => entry.status);
    expect(statuses.lastIndexOf('BREACHED')).toBeLessThan(statuses.indexOf('OPEN') >>> 0);
    expect(board.data!.slaBoard).toContainEqual({ status: 'BREACHED', case: { id: caseId } });

    // a late contact is still logged, and marks the clock met late
    const rohan = await doctor('rohan-khanna', 'Rohan Khanna');
    const late = new Date(paidAt + 50 * HOUR);
    setDomainClock(late);
    try {
      const logged = await gql(
        rohan,
        `mutation ($input: ContactLogInput!) { logContact(input: $input) { channel occurredAt } }`,
        {
          input: {
            caseId,
            channel: 'PHONE',
            occurredAt: late.toISOString(),
            note: 'Called; will review MRI',
          },
        },
      );
      expect(logged.errors).toBeUndefined();
    } finally {
      setDomainClock(ASSUME_NOW);
    }
    expect((await clocks())[0]).toMatchObject({ status: 'MET_LATE' });
  });

  it('stops the clock at the first contact, and refuses a contact in the future', async () => {
    const { session, caseId } = await activeCase('case-e', 'prakash-reddy-gudipati');
    const prakash = await doctor('prakash-reddy-gudipati', 'Prakash Reddy Gudipati');
    const LOG = `mutation ($input: ContactLogInput!) { logContact(input: $input) { channel note } }`;
    const future = await gql(prakash, LOG, {
      input: {
        caseId,
        channel: 'VIDEO',
        occurredAt: new Date(Date.now() + 10 * 24 * HOUR).toISOString(),
      },
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.occurredAt',
    });
    const stranger = await doctor('rohan-khanna', 'Rohan Khanna');
    const notTheirs = await gql(stranger, LOG, {
      input: { caseId, channel: 'VIDEO', occurredAt: ASSUME_NOW.toISOString() },
    });
    expect(notTheirs.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const now = (
      await gql<{ case: { contactSlas: { startedAt: string }[] } }>(
        session,
        'query ($id: ID!) { case(id: $id) { contactSlas { startedAt } } }',
        { id: caseId },
      )
    ).data!.case.contactSlas[0]!.startedAt;
    // The doctor app sends the time to the minute: a call in the minute of the payment counts.
    const paidMinute = new Date(Math.floor(new Date(now).getTime() / 60_000) * 60_000);
    const logged = await gql(prakash, LOG, {
      input: {
        caseId,
        channel: 'VIDEO',
        occurredAt: paidMinute.toISOString(),
        note: 'Discussed CABG vs PCI',
      },
    });
    expect(logged.errors).toBeUndefined();
    const orm = platform.subgraphs['specialist-matching'].orm;
    await watchContactSlas(orm, new Date(new Date(now).getTime() + 49 * HOUR));
    const read = await gql<{
      case: { contactSlas: { status: string }[]; contacts: { channel: string; note: string }[] };
    }>(
      session,
      'query ($id: ID!) { case(id: $id) { contactSlas { status } contacts { channel note } } }',
      { id: caseId },
    );
    expect(read.data!.case).toEqual({
      contactSlas: [{ status: 'MET' }],
      contacts: [{ channel: 'VIDEO', note: 'Discussed CABG vs PCI' }],
    });
  });

  it('keeps the case INFO_REQUESTED until every request for information is answered', async () => {
    const { session, caseId } = await activeCase('case-b', 'rohan-khanna');
    const rohan = await doctor('rohan-khanna', 'Rohan Khanna');
    const ASK = `mutation ($id: ID!, $k: InfoRequestKind!, $q: String!) {
      requestInformation(caseId: $id, kind: $k, question: $q) { id status }
    }`;
    const ANSWER = `mutation ($id: ID!, $a: String!) {
      answerInformationRequest(requestId: $id, answer: $a) { status answer }
    }`;
    const stage = async () =>
      (
        await gql<{ case: { stage: string } }>(
          session,
          'query ($id: ID!) { case(id: $id) { stage } }',
          { id: caseId },
        )
      ).data!.case.stage;
    const first = await gql<{ requestInformation: { id: string } }>(rohan, ASK, {
      id: caseId,
      k: 'TEST',
      q: 'Please get standing flexion-extension X-rays of the lumbar spine.',
    });
    const second = await gql<{ requestInformation: { id: string } }>(rohan, ASK, {
      id: caseId,
      k: 'INFORMATION',
      q: 'Does the leg pain get worse when you sit?',
    });
    await flushEvents(platform);
    expect(await stage()).toBe('INFO_REQUESTED');
    const blank = await gql(session, ANSWER, { id: second.data!.requestInformation.id, a: '  ' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'answer',
    });
    await gql(session, ANSWER, {
      id: second.data!.requestInformation.id,
      a: 'Yes, after 20 minutes.',
    });
    await flushEvents(platform);
    expect(await stage()).toBe('INFO_REQUESTED');
    await gql(session, ANSWER, { id: first.data!.requestInformation.id, a: 'Booked for Monday.' });
    await flushEvents(platform);
    expect(await stage()).toBe('ACTIVE');
    const again = await gql(session, ANSWER, { id: first.data!.requestInformation.id, a: 'Again' });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const stranger = await gql(await platform.as('patient'), ANSWER, {
      id: first.data!.requestInformation.id,
      a: 'Not mine',
    });
    expect(stranger.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
