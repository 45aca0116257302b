import { DEMO_IDS, newId } from '@consilium/subgraph-kit';
import { postGraphQL, setDomainClock } from '@consilium/subgraph-kit/testing';
import { expireUnansweredRequests } from '@consilium/specialist-matching/src/panel/response-deadline.worker';
import { loadBadInputs, loadFixtureCases } from '../intake/fixture-cases';
import {
  drawnSignature,
  legalDocumentsInForce,
  type PatientSideSession,
} from '../intake/intake-test-client';
import { consentedFixtureCase, flushEvents } from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  answer,
  onboardFixtureSpecialists,
  onboardVerified,
  loadFixtureSpecialists,
  profileInputOf,
  requestPanel,
} from './matching-test-client';

/** The fixtures' fixed "now" (shared/fixtures/README.md). */
const ASSUME_NOW = new Date('2026-11-29T10:00:00Z');

const BAD_INPUTS = loadBadInputs('panel');

const CASE_VIEW = `query ($id: ID!) {
  case(id: $id) {
    stage
    panel { mode seats size chosenByPlatform members { status specialist { id } } }
    quote { amount currency panelSize }
  }
}`;

interface CaseView {
  stage: string;
  panel: {
    mode: string;
    seats: number;
    size: number;
    chosenByPlatform: boolean;
    members: { status: string; specialist: { id: string } }[];
  } | null;
  quote: { amount: number; currency: string; panelSize: number } | null;
}

describe('Choosing doctors: panels, boards and the platform’s choice', () => {
  let platform: TestPlatform;
  let ids: Map<string, string>;
  let serial = 0;

  const slug = (id: string): string => [...ids.entries()].find(([, value]) => value === id)![0];
  const readCase = async (caseId: string): Promise<CaseView> => {
    const read = await postGraphQL<{ case: CaseView }>(
      platform.gateway.url,
      CASE_VIEW,
      { id: caseId },
      await platform.as('operations'),
    );
    if (!read.data) throw new Error(JSON.stringify(read.errors));
    return read.data.case;
  };
  const consented = (ref: string): Promise<{ session: PatientSideSession; caseId: string }> =>
    consentedFixtureCase(platform, ref, `matching-${ref}-${(serial += 1)}@example.org`);

  beforeAll(async () => {
    platform = await startTestPlatform();
    setDomainClock(ASSUME_NOW);
    ids = await onboardFixtureSpecialists(platform);
    // the directory holds the fixtures' specialists only (the demo ones are delisted)
    for (const id of DEMO_IDS.specialists) {
      const delisted = await postGraphQL(
        platform.gateway.url,
        'mutation ($id: ID!) { setSpecialistActive(id: $id, active: false) { listed } }',
        { id },
        await platform.as('operations'),
      );
      if (delisted.errors) throw new Error(JSON.stringify(delisted.errors));
    }
  }, 120_000);
  afterAll(async () => {
    setDomainClock(null);
    await platform.stop();
  });

  it.each(['case-a', 'case-b', 'case-c', 'case-d'])(
    'takes %s to AWAITING_PAYMENT with the panel it asks for and the fee for its size',
    async (ref) => {
      const fixture = loadFixtureCases().find((f) => f.caseRef === ref)! as unknown as {
        requestedPanel: { mode: string; specialistIds: string[] };
        expected: { priceInPaise: number; panelSize: number };
      };
      const { session, caseId } = await consented(ref);
      const chosen = fixture.requestedPanel.specialistIds.map((id) => ids.get(id)!);
      const requested = await requestPanel(platform, session, caseId, {
        mode: fixture.requestedPanel.mode,
        specialistIds: chosen,
      });
      expect(requested.errors).toBeUndefined();
      await flushEvents(platform);
      expect((await readCase(caseId)).stage).toBe('AWAITING_CONFIRMATION');
      for (const member of requested.data!.requestPanel.members) {
        expect((await answer(platform, member.id, true)).errors).toBeUndefined();
      }
      await flushEvents(platform);
      const view = await readCase(caseId);
      expect(view.stage).toBe('AWAITING_PAYMENT');
      expect(view.panel).toMatchObject({
        mode: fixture.requestedPanel.mode,
        size: fixture.expected.panelSize,
        chosenByPlatform: false,
      });
      expect(view.panel!.members.map((m) => slug(m.specialist.id))).toEqual(
        fixture.requestedPanel.specialistIds,
      );
      expect(view.quote).toEqual({
        amount: fixture.expected.priceInPaise,
        currency: 'INR',
        panelSize: fixture.expected.panelSize,
      });
    },
  );

  it('takes case-e through the platform’s choice: an explained board that operations confirm', async () => {
    const fixture = loadFixtureCases().find((f) => f.caseRef === 'case-e')! as unknown as {
      requestedPanel: Record<string, unknown>;
      expected: { likelySuggestion: string[]; priceInPaise: number };
    };
    const { session, caseId } = await consented('case-e');
    const requested = await requestPanel(platform, session, caseId, fixture.requestedPanel);
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestPanel).toMatchObject({ mode: 'PLATFORM_CHOOSES', seats: 3 });
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('PANEL_REQUESTED');

    const ops = await platform.as('operations');
    const queue = await postGraphQL<{ panelsAwaitingPlatformChoice: { case: { id: string } }[] }>(
      platform.gateway.url,
      '{ panelsAwaitingPlatformChoice { case { id } } }',
      {},
      ops,
    );
    expect(queue.data!.panelsAwaitingPlatformChoice.map((p) => p.case.id)).toContain(caseId);
    const suggestion = await postGraphQL<{
      case: {
        panelSuggestion: {
          mode: string;
          suggested: {
            score: number;
            specialist: { id: string; specialty: string };
            factors: { factor: string; points: number; maxPoints: number; explanation: string }[];
          }[];
          alternatives: { specialist: { id: string } }[];
        };
      };
    }>(
      platform.gateway.url,
      `query ($id: ID!) { case(id: $id) { panelSuggestion {
        mode
        suggested { score specialist { id fullName specialty } factors { factor points maxPoints explanation } }
        alternatives { specialist { id } }
      } } }`,
      { id: caseId },
      ops,
    );
    expect(suggestion.errors).toBeUndefined();
    const board = suggestion.data!.case.panelSuggestion;
    expect(board.mode).toBe('BOARD');
    expect(board.suggested.map((m) => slug(m.specialist.id))).toEqual(
      fixture.expected.likelySuggestion,
    );
    expect(new Set(board.suggested.map((m) => m.specialist.specialty)).size).toBe(3);
    const everyone = [...board.suggested, ...board.alternatives].map((m) => slug(m.specialist.id));
    expect(everyone).not.toContain('karthik-raghavan');
    const cardiologist = board.suggested[0]!;
    expect(cardiologist.factors.map((f) => f.factor)).toEqual([
      'SPECIALTY_FIT',
      'AVAILABILITY',
      'LOAD',
      'LANGUAGE',
      'AIIMS_TRAINING',
    ]);
    expect(cardiologist.score).toBe(cardiologist.factors.reduce((sum, f) => sum + f.points, 0));
    const explained = Object.fromEntries(
      cardiologist.factors.map((f) => [f.factor, f.explanation]),
    );
    expect(explained['SPECIALTY_FIT']).toMatch(/I25\.1.*ischaemic heart disease/);
    expect(explained['SPECIALTY_FIT']).toMatch(
      /Interventional Cardiology fits angioplasty \(PCI\)/,
    );
    expect(explained['LANGUAGE']).toBe('speaks Telugu, the patient’s preferred language');

    const tooFew = await postGraphQL(
      platform.gateway.url,
      `mutation ($id: ID!, $s: [ID!]!) { confirmPlatformPanel(caseId: $id, specialistIds: $s) { id } }`,
      { id: caseId, s: board.suggested.slice(0, 2).map((m) => m.specialist.id) },
      ops,
    );
    expect(tooFew.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requestedPanel.specialistIds',
    });
    expect(tooFew.errors?.[0]?.message).toBe(
      'The patient asked for 3 specialists; choose at least 3.',
    );

    const confirmed = await postGraphQL<{
      confirmPlatformPanel: { mode: string; members: { id: string }[] };
    }>(
      platform.gateway.url,
      `mutation ($id: ID!, $s: [ID!]!) { confirmPlatformPanel(caseId: $id, specialistIds: $s) {
        mode members { id }
      } }`,
      { id: caseId, s: board.suggested.map((m) => m.specialist.id) },
      ops,
    );
    expect(confirmed.errors).toBeUndefined();
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('AWAITING_CONFIRMATION');
    // each specialist asked is told by email, with the deadline and no clinical details
    const asked = (
      await postGraphQL<{
        devMailbox: { recipient: string; subject: string | null; body: string }[];
      }>(platform.gateway.url, '{ devMailbox(first: 100) { recipient subject body } }', {}, ops)
    ).data!.devMailbox.filter((m) => m.subject?.startsWith('Consilium: will you take case'));
    expect(asked.map((m) => m.recipient)).toEqual(
      expect.arrayContaining([
        'prakash.reddy.gudipati@example.com',
        'harpreet.singh.gill@example.com',
        'rahul.sinha@example.com',
      ]),
    );
    expect(asked.map((m) => m.body).join(' ')).not.toMatch(/CABG|PCI|diabet/i);
    for (const member of confirmed.data!.confirmPlatformPanel.members) {
      expect((await answer(platform, member.id, true)).errors).toBeUndefined();
    }
    await flushEvents(platform);
    const view = await readCase(caseId);
    expect(view.stage).toBe('AWAITING_PAYMENT');
    expect(view.panel).toMatchObject({ mode: 'BOARD', size: 3, chosenByPlatform: true });
    expect(view.quote?.amount).toBe(fixture.expected.priceInPaise);
  });

  it.each(BAD_INPUTS.map((row) => [row.id, row] as const))(
    'refuses %s, naming the field, and requests nothing',
    async (_id, row) => {
      const { session, caseId } = await consented(row.input['caseRef'] as string);
      const panel = row.input['requestedPanel'] as Record<string, unknown>;
      const refused = await requestPanel(platform, session, caseId, {
        ...panel,
        specialistIds: (panel['specialistIds'] as string[]).map((id) => ids.get(id)!),
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: row.expected.code,
        field: row.expected.field,
      });
      await flushEvents(platform);
      const view = await readCase(caseId);
      expect(view).toMatchObject({ stage: 'CONSENTED', panel: null, quote: null });
    },
  );

  it('names a specialist listed twice by name', async () => {
    const { session, caseId } = await consented('case-d');
    const twice = ids.get('ashish-kumar-pandey')!;
    const refused = await requestPanel(platform, session, caseId, {
      mode: 'MULTIPLE',
      specialistIds: [twice, twice],
    });
    expect(refused.errors?.[0]?.message).toBe('Ashish Kumar Pandey is listed twice.');
  });

  it('returns the same panel for a retry with the same key and refuses a second choice', async () => {
    const { session, caseId } = await consented('case-b');
    const key = newId();
    const input = { mode: 'SINGLE', specialistIds: [ids.get('rohan-khanna')!] };
    const first = await requestPanel(platform, session, caseId, input, key);
    const retry = await requestPanel(platform, session, caseId, input, key);
    expect(retry.data!.requestPanel.id).toBe(first.data!.requestPanel.id);
    const other = await requestPanel(platform, session, caseId, input, newId());
    expect(other.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses to choose doctors before the e-consent, and refuses other patients', async () => {
    const { session, caseId } = await consented('case-b');
    const stranger = await consented('case-a');
    const input = { mode: 'SINGLE', specialistIds: [ids.get('rohan-khanna')!] };
    const foreign = await requestPanel(platform, stranger.session, caseId, input);
    expect(foreign.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const started = await postGraphQL<{ startCase: { id: string } }>(
      platform.gateway.url,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      { p: session.patientId, k: newId() },
      session,
    );
    const draft = started.data!.startCase.id;
    await flushEvents(platform);
    const early = await requestPanel(platform, session, draft, input);
    expect(early.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/e-consent/);
  });

  it('offers a ranked replacement when a specialist declines or does not answer in time', async () => {
    const { session, caseId } = await consented('case-d');
    const requested = await requestPanel(platform, session, caseId, {
      mode: 'MULTIPLE',
      specialistIds: [ids.get('ashish-kumar-pandey')!, ids.get('shalini-gupta')!],
    });
    const [nephrologist, cardiologist] = requested.data!.requestPanel.members;
    const noReason = await answer(platform, nephrologist!.id, false);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(
      (await answer(platform, nephrologist!.id, false, 'On leave until January')).errors,
    ).toBeUndefined();
    expect((await answer(platform, cardiologist!.id, true)).errors).toBeUndefined();
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('AWAITING_CONFIRMATION');
    const mailbox = await postGraphQL<{ devMailbox: { subject: string | null; body: string }[] }>(
      platform.gateway.url,
      '{ devMailbox(first: 100) { subject body } }',
      {},
      await platform.as('operations'),
    );
    // case-d's patient has a phone and no email: told by SMS
    const told = mailbox.data!.devMailbox.filter((m) =>
      m.body.startsWith('One of the specialists you chose cannot take your case.'),
    );
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]!.body).not.toMatch(/leave|January|kidney|dialysis/i);

    const offers = await postGraphQL<{
      case: {
        panel: {
          members: {
            id: string;
            declineReason: string | null;
            replacementSuggestions: { specialist: { id: string; specialty: string } }[];
          }[];
        };
      };
    }>(
      platform.gateway.url,
      `query ($id: ID!) { case(id: $id) { panel { members {
        id declineReason replacementSuggestions { specialist { id specialty } }
      } } } }`,
      { id: caseId },
      session,
    );
    const declined = offers.data!.case.panel.members[0]!;
    expect(declined.declineReason).toBe('On leave until January');
    expect(declined.replacementSuggestions.map((m) => slug(m.specialist.id))).toEqual([
      'kavitha-ramachandran',
    ]);
    const replaced = await postGraphQL<{ replacePanelMember: { id: string } }>(
      platform.gateway.url,
      `mutation ($m: ID!, $s: ID!) { replacePanelMember(panelMemberId: $m, specialistId: $s) { id } }`,
      { m: declined.id, s: declined.replacementSuggestions[0]!.specialist.id },
      session,
    );
    expect(replaced.errors).toBeUndefined();

    // the replacement does not answer within the deadline: the seat opens again
    const later = new Date(ASSUME_NOW.getTime() + 25 * 3600_000);
    const orm = platform.subgraphs['specialist-matching'].orm;
    expect(await expireUnansweredRequests(orm, later)).toBeGreaterThanOrEqual(1);
    expect(await expireUnansweredRequests(orm, later)).toBe(0);
    await flushEvents(platform);
    const expired = await readCase(caseId);
    expect(expired.stage).toBe('AWAITING_CONFIRMATION');
    expect(expired.panel!.members.map((m) => m.status)).toEqual([
      'DECLINED',
      'CONFIRMED',
      'EXPIRED',
    ]);
    const late = await answer(platform, replaced.data!.replacePanelMember.id, true);
    expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('lets only one of two panels take a specialist’s last place, however close together', async () => {
    const fixture = loadFixtureSpecialists().find((s) => s.id === 'rohan-khanna')!;
    const lastPlace = await onboardVerified(
      platform,
      profileInputOf(fixture, {
        fullName: 'Rohan Khanna Junior',
        registration: { council: 'Delhi Medical Council', number: 'DMC/R/99001', year: 2020 },
        maxActiveCases: 1,
      }),
    );
    const memberIds: string[] = [];
    for (const ref of ['case-b', 'case-b']) {
      const { session, caseId } = await consented(ref);
      const requested = await requestPanel(platform, session, caseId, {
        mode: 'SINGLE',
        specialistIds: [lastPlace],
      });
      memberIds.push(requested.data!.requestPanel.members[0]!.id);
    }
    const answers = await Promise.all(memberIds.map((id) => answer(platform, id, true)));
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const conflict = answers.find((a) => a.errors)!;
    expect(conflict.errors![0]!.message).toMatch(/maximum of 1/);
  });

  // last: publishing a new consent version makes every earlier consent of this platform stale
  it('refuses to choose doctors until a consent on superseded documents is signed again', async () => {
    setDomainClock(null);
    try {
      const { session, caseId } = await consented('case-b');
      const ops = await platform.as('operations');
      const published = await postGraphQL(
        platform.gateway.url,
        `mutation ($input: PublishLegalDocumentInput!) { publishLegalDocument(input: $input) { version } }`,
        {
          input: {
            kind: 'CONSENT',
            version: 'v2',
            titleEn: 'Consent, revised',
            bodyEn: 'Revised consent text.',
            titleHi: 'संशोधित सहमति',
            bodyHi: 'संशोधित पाठ।',
          },
        },
        ops,
      );
      expect(published.errors).toBeUndefined();
      await flushEvents(platform);
      const input = { mode: 'SINGLE', specialistIds: [ids.get('rohan-khanna')!] };
      const stale = await requestPanel(platform, session, caseId, input);
      expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(stale.errors?.[0]?.message).toMatch(/updated: read and sign the new version/);

      const { consent, notice } = await legalDocumentsInForce(platform);
      const signed = await postGraphQL(
        platform.gateway.url,
        `mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            documentVersion: consent.version,
            documentSha256: consent.sha256,
            privacyNoticeVersion: notice.version,
            privacyNoticeSha256: notice.sha256,
            typedFullName: loadFixtureCases().find((f) => f.caseRef === 'case-b')!.patient.fullName,
            signatureImage: drawnSignature(),
            agreed: true,
          },
        },
        session,
      );
      expect(signed.errors).toBeUndefined();
      await flushEvents(platform);
      const chosen = await requestPanel(platform, session, caseId, input);
      expect(chosen.errors).toBeUndefined();
    } finally {
      setDomainClock(ASSUME_NOW);
    }
  });
});
