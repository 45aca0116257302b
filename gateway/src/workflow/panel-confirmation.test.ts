import { Case } from '@consilium/patient-intake/src/case/case.entity';
import { CaseStage } from '@consilium/patient-intake/src/case/case-stage.enum';
import { PanelMemberStatus } from '@consilium/specialist-matching/src/panel/panel-member-status.enum';
import { PanelMember } from '@consilium/specialist-matching/src/panel/panel-member.entity';
import { PanelMode } from '@consilium/specialist-matching/src/panel/panel-mode.enum';
import { Panel } from '@consilium/specialist-matching/src/panel/panel.entity';
import { DEMO_IDS, OutboxEvent, recordEvent } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

const RESPOND = `mutation ($id: ID!, $accept: Boolean!) {
  respondToPanelRequest(panelMemberId: $id, accept: $accept) { id status }
}`;
const CASE = `query ($id: ID!) {
  case(id: $id) {
    stage
    quote { amount currency panelSize }
    timeline { eventType fromStage toStage refusedBecause }
  }
}`;

interface CaseView {
  case: {
    stage: string;
    quote: { amount: number; currency: string; panelSize: number } | null;
    timeline: {
      eventType: string;
      fromStage: string | null;
      toStage: string | null;
      refusedBecause: string | null;
    }[];
  };
}

describe('Confirming a panel across services', () => {
  let OPS: { authorization: string };
  let platform: TestPlatform;
  let caseId: string;
  let memberIds: string[];

  const flushAll = async (): Promise<void> => {
    for (const service of Object.values(platform.subgraphs)) await service.events.relay.flush();
  };
  const readCase = async (): Promise<CaseView['case']> =>
    (await postGraphQL<CaseView>(platform.gateway.url, CASE, { id: caseId }, OPS)).data!.case;

  beforeAll(async () => {
    platform = await startTestPlatform();
    OPS = await platform.as('operations');
    const intake = platform.subgraphs['patient-intake'].orm.em.fork();
    const found = intake.create(Case, {
      patient: DEMO_IDS.patient,
      stage: CaseStage.AWAITING_CONFIRMATION,
    });
    await intake.flush();
    caseId = found.id;
    const matching = platform.subgraphs['specialist-matching'].orm.em.fork();
    const panel = matching.create(Panel, { caseId, mode: PanelMode.MULTIPLE, seats: 2 });
    memberIds = DEMO_IDS.specialists
      .slice(3, 5)
      .map(
        (specialist) =>
          matching.create(PanelMember, { panel, specialist, status: PanelMemberStatus.REQUESTED })
            .id,
      );
    await matching.flush();
  });
  afterAll(() => platform.stop());

  it('waits for every specialist before anything changes for the patient', async () => {
    const first = await postGraphQL(
      platform.gateway.url,
      RESPOND,
      {
        id: memberIds[0],
        accept: true,
      },
      OPS,
    );
    expect(first.errors).toBeUndefined();
    await flushAll();
    expect(await readCase()).toMatchObject({
      stage: 'AWAITING_CONFIRMATION',
      quote: null,
      timeline: [],
    });
  });

  it('moves the case to payment and fixes the fee once the last specialist confirms', async () => {
    await postGraphQL(platform.gateway.url, RESPOND, { id: memberIds[1], accept: true }, OPS);
    await flushAll();
    const view = await readCase();
    expect(view.stage).toBe('AWAITING_PAYMENT');
    expect(view.quote).toEqual({ amount: 350000, currency: 'INR', panelSize: 2 });
    expect(view.timeline).toEqual([
      {
        eventType: 'PanelConfirmed',
        fromStage: 'AWAITING_CONFIRMATION',
        toStage: 'AWAITING_PAYMENT',
        refusedBecause: null,
      },
    ]);
  });

  it('tells the patient by email and SMS, in her language, without clinical details', async () => {
    const result = await postGraphQL<{
      devMailbox: {
        channel: string;
        recipient: string;
        language: string;
        subject: string | null;
        body: string;
      }[];
    }>(
      platform.gateway.url,
      '{ devMailbox(first: 10) { channel recipient language subject body } }',
      {},
      OPS,
    );
    expect(result.errors).toBeUndefined();
    const messages = result.data?.devMailbox ?? [];
    expect(messages.map((message) => [message.channel, message.recipient]).sort()).toEqual([
      ['EMAIL', 'kavita.deshpande@example.org'],
      ['SMS', '+919000009001'],
    ]);
    for (const message of messages) {
      expect(message.language).toBe('en');
      expect(message.body).toContain('Your specialists have confirmed');
      expect(message.body).toContain('/patient');
      expect(message.body).not.toMatch(/lump|breast|radiotherapy/i);
    }
  });

  it('treats the same answer twice as one, and refuses reversing it', async () => {
    const again = await postGraphQL(
      platform.gateway.url,
      RESPOND,
      {
        id: memberIds[1],
        accept: true,
      },
      OPS,
    );
    expect(again.errors).toBeUndefined();
    const matching = platform.subgraphs['specialist-matching'].orm.em.fork();
    expect(await matching.count(OutboxEvent, { type: 'PanelConfirmed', caseId })).toBe(1);
    const reversed = await postGraphQL(
      platform.gateway.url,
      RESPOND,
      {
        id: memberIds[1],
        accept: false,
      },
      OPS,
    );
    expect(reversed.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses and records, without applying, an event the case’s stage does not allow', async () => {
    const matching = platform.subgraphs['specialist-matching'].orm.em.fork();
    await matching.transactional(async (em) => {
      recordEvent(em, {
        type: 'SpecialistDeclined',
        caseId,
        patientId: null,
        data: { panelId: DEMO_IDS.panel, specialistId: DEMO_IDS.specialists[3], reason: null },
      });
    });
    await flushAll();
    const view = await readCase();
    expect(view.stage).toBe('AWAITING_PAYMENT');
    expect(view.timeline.at(-1)).toEqual({
      eventType: 'SpecialistDeclined',
      fromStage: null,
      toStage: null,
      refusedBecause: 'SpecialistDeclined is not allowed while the case is AWAITING_PAYMENT',
    });
  });
});
