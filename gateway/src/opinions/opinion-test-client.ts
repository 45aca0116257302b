import { Case } from '@consilium/patient-intake/src/case/case.entity';
import { PanelMemberStatus } from '@consilium/specialist-matching/src/panel/panel-member-status.enum';
import { PanelMember } from '@consilium/specialist-matching/src/panel/panel-member.entity';
import { PanelMode } from '@consilium/specialist-matching/src/panel/panel-mode.enum';
import { Panel } from '@consilium/specialist-matching/src/panel/panel.entity';
import { newId, recordEvent } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { codeSentTo, postAuth } from '../identity/testing/auth-client';
import { intakeOf, loadFixtureCases, registrationOf } from '../intake/fixture-cases';
import {
  drawnSignature,
  gql,
  legalDocumentsInForce,
  signUpPatient,
  signUpProxyWithDependent,
  type PatientSideSession,
} from '../intake/intake-test-client';
import type { TestPlatform } from '../testing/start-platform';

/** Delivers every event every service has recorded, until none is left (effects cascade). */
export async function flushEvents(platform: TestPlatform): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    for (const service of Object.values(platform.subgraphs)) await service.events.relay.flush();
  }
}

/**
 * A specialist's account for a demo specialist profile, made by operations staff; the
 * specialist sets a password with the code sent to them and signs in.
 * @param platform - the running platform
 * @param specialistId - the specialist profile
 * @param displayName - the account's name, e.g. `Dr Vikram Sethi`
 * @returns the `Authorization` header of the specialist
 */
export async function specialistSession(
  platform: TestPlatform,
  specialistId: string,
  displayName: string,
): Promise<{ authorization: string }> {
  const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@consilium.example`;
  const created = await postGraphQL(
    platform.gateway.url,
    `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
    { input: { role: 'SPECIALIST', displayName, email, specialistId } },
    await platform.as('operations'),
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const code = await codeSentTo(platform, email);
  const reset = await postAuth(platform, '/auth/password-reset/confirm', {
    login: email,
    code,
    password: 'a specialist’s first password',
  });
  if (reset.status !== 204) throw new Error(`password not set: ${JSON.stringify(reset.body)}`);
  return platform.signIn(email, 'a specialist’s first password');
}

/**
 * Takes a submitted, consented case through the workflow the way the other services would: the
 * panel is requested and each specialist confirms (PanelRequested, then PanelConfirmed from
 * specialist-matching), then the fee is paid (PaymentCaptured from billing). Afterwards the case
 * is ACTIVE everywhere and its panel may write opinions.
 * @param platform - the running platform
 * @param caseId - a CONSENTED case
 * @param mode - SINGLE, MULTIPLE or BOARD
 * @param specialistIds - the panel, in order (a board's chair first)
 */
export async function confirmPanelAndPay(
  platform: TestPlatform,
  caseId: string,
  mode: 'SINGLE' | 'MULTIPLE' | 'BOARD',
  specialistIds: readonly string[],
): Promise<void> {
  const intake = platform.subgraphs['patient-intake'].orm.em.fork();
  const found = await intake.findOneOrFail(Case, { id: caseId }, { populate: ['patient'] });
  const patientId = found.patient.id;
  const matching = platform.subgraphs['specialist-matching'].orm.em.fork();
  const memberIds = await matching.transactional(async (em) => {
    const panel = em.create(Panel, { caseId, mode: PanelMode[mode], seats: specialistIds.length });
    const members = specialistIds.map((specialist) =>
      em.create(PanelMember, { panel, specialist, status: PanelMemberStatus.REQUESTED }),
    );
    recordEvent(em, {
      type: 'PanelRequested',
      caseId,
      patientId,
      data: { mode, specialistIds: [...specialistIds] },
    });
    return members.map((member) => member.id);
  });
  await flushEvents(platform);
  const ops = await platform.as('operations');
  for (const id of memberIds) {
    const answered = await postGraphQL(
      platform.gateway.url,
      `mutation ($id: ID!) { respondToPanelRequest(panelMemberId: $id, accept: true) { id } }`,
      { id },
      ops,
    );
    if (answered.errors) throw new Error(JSON.stringify(answered.errors));
  }
  await flushEvents(platform);
  await payFor(platform, caseId, patientId);
}

/**
 * Records that the case's fee was paid (PaymentCaptured, as billing would) and delivers it.
 * @param platform - the running platform
 * @param caseId - an AWAITING_PAYMENT case
 * @param patientId - its patient
 */
export async function payFor(
  platform: TestPlatform,
  caseId: string,
  patientId: string,
): Promise<void> {
  await platform.subgraphs.billing.orm.em.fork().transactional(async (em) => {
    recordEvent(em, {
      type: 'PaymentCaptured',
      caseId,
      patientId,
      data: { paymentId: newId(), amount: 250000, currency: 'INR' },
    });
  });
  await flushEvents(platform);
}

/**
 * A complete opinion's parts, answering `questions` questions.
 * @param questions - how many questions the patient asked
 * @param words - something to tell opinions apart
 * @returns the input's content fields
 */
export function completeOpinion(
  questions: number,
  words = 'as discussed',
): Record<string, unknown> {
  return {
    diagnosisAssessment: 'CONFIRMED',
    recommendedTreatment: `Whole-breast radiotherapy, then trastuzumab for a year (${words}).`,
    alternatives: [
      {
        option: 'Radiotherapy alone',
        pros: 'Shorter treatment, fewer visits.',
        cons: 'A higher risk of recurrence for a HER2-positive tumour.',
      },
    ],
    answers: Array.from({ length: questions }, (_, index) => ({
      answer: `Answer ${index + 1} (${words}).`,
    })),
    furtherTests: ['Echocardiogram before trastuzumab'],
    notes: 'Please bring the slides to the follow-up.',
  };
}

/** The parts of an opinion the tests read back. */
export const OPINION_FIELDS = `id kind status version submittedAt signerName
  diagnosisAssessment recommendedTreatment furtherTests notes
  alternatives { option pros cons }
  answers { questionIndex question answer }
  specialist { id fullName }`;

/**
 * Saves a draft through the gateway.
 * @returns the response (data.saveOpinionDraft: id, version, status)
 */
export function saveDraft(
  platform: TestPlatform,
  who: { authorization: string },
  input: Record<string, unknown>,
): Promise<GraphQLResponse<{ saveOpinionDraft: { id: string; version: number; status: string } }>> {
  return postGraphQL(
    platform.gateway.url,
    `mutation ($input: OpinionDraftInput!) { saveOpinionDraft(input: $input) { id version status } }`,
    { input },
    who,
  );
}

/**
 * Signs and submits through the gateway.
 * @returns the response (data.submitOpinion: id, status, signerName, submittedAt)
 */
export function submit(
  platform: TestPlatform,
  who: { authorization: string },
  input: Record<string, unknown>,
): Promise<
  GraphQLResponse<{
    submitOpinion: { id: string; status: string; signerName: string; submittedAt: string };
  }>
> {
  return postGraphQL(
    platform.gateway.url,
    `mutation ($input: SubmitOpinionInput!) { submitOpinion(input: $input) { id status signerName submittedAt } }`,
    { input },
    who,
  );
}

/**
 * A specialist writes a complete opinion on a case and signs it.
 * @param platform - the running platform
 * @param who - the specialist's session
 * @param caseId - an active case whose panel they are on
 * @param questions - how many questions the patient asked
 * @param signerName - their account's name as typed
 * @param options - the board's consensus instead of their own; the version their draft is at
 * @returns the opinion's id
 */
export async function writeAndSign(
  platform: TestPlatform,
  who: { authorization: string },
  caseId: string,
  questions: number,
  signerName: string,
  options: { consensus?: boolean; expectedVersion?: number } = {},
): Promise<string> {
  const consensus = options.consensus ?? false;
  const saved = await saveDraft(platform, who, {
    caseId,
    consensus,
    expectedVersion: options.expectedVersion ?? 0,
    ...completeOpinion(questions, signerName),
  });
  if (!saved.data) throw new Error(JSON.stringify(saved.errors));
  const signed = await submit(platform, who, {
    caseId,
    consensus,
    expectedVersion: saved.data.saveOpinionDraft.version,
    typedFullName: signerName,
  });
  if (!signed.data) throw new Error(JSON.stringify(signed.errors));
  return signed.data.submitOpinion.id;
}

/**
 * A fixture case entered through the API by whoever submits it (the patient, or the proxy who
 * signs up and registers the patient as a dependent): registered, history saved, submitted
 * (CaseSubmitted carries the questions) and consented (a proxy signs for the patient).
 * @param platform - the running platform
 * @param ref - e.g. `case-b`
 * @param email - the login of the patient or proxy (unique per test file)
 * @returns the patient's session, the case and how many questions it asks
 */
export async function consentedFixtureCase(
  platform: TestPlatform,
  ref: string,
  email: string,
): Promise<{ session: PatientSideSession; caseId: string; questions: string[] }> {
  const fixture = loadFixtureCases().find((item) => item.caseRef === ref)!;
  const session =
    fixture.submittedBy === 'PROXY'
      ? await signUpProxyWithDependent(
          platform,
          email,
          fixture.proxy!.fullName,
          fixture.patient.fullName,
          fixture.proxy!.relationship,
        )
      : await signUpPatient(platform, email, fixture.patient.fullName);
  const registered = await gql(
    platform,
    session,
    `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
    { id: session.patientId, p: registrationOf(fixture) },
  );
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  const started = await gql<{ startCase: { id: string } }>(
    platform,
    session,
    `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
    { p: session.patientId, k: newId() },
  );
  const caseId = started.data!.startCase.id;
  const { consent, notice } = await legalDocumentsInForce(platform);
  const more: [string, Record<string, unknown>][] = [
    [
      `mutation ($id: ID!, $i: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $i) { id } }`,
      { id: caseId, i: intakeOf(fixture) },
    ],
    [`mutation ($id: ID!) { submitCase(caseId: $id) { id } }`, { id: caseId }],
    [
      `mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }`,
      {
        input: {
          caseId,
          documentVersion: consent.version,
          documentSha256: consent.sha256,
          privacyNoticeVersion: notice.version,
          privacyNoticeSha256: notice.sha256,
          typedFullName: fixture.proxy?.fullName ?? fixture.patient.fullName,
          signatureImage: drawnSignature(),
          agreed: true,
        },
      },
    ],
  ];
  for (const [query, variables] of more) {
    const done = await gql(platform, session, query, variables);
    if (done.errors) throw new Error(JSON.stringify(done.errors));
  }
  await flushEvents(platform);
  return { session, caseId, questions: fixture.questions };
}
