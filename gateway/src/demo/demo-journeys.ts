import { deflateSync, crc32 } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { DEMO_ACCOUNTS, DEMO_PARTNER } from '../identity/demo/demo-accounts';
import type { DemoApi } from './demo-api';
import { uploadDemoReports } from './demo-reports';
import {
  CASE_STAGES,
  DEMO_SPECIALIST_LOGINS,
  demoSpecialistId,
  type DemoCase,
  type DemoStage,
} from './demo-cases';

/** The stages in the order a case passes them on the way to its report. */
const JOURNEY: DemoStage[] = CASE_STAGES.slice(0, CASE_STAGES.indexOf('REPORT_DELIVERED') + 1);

/** The tokens of the people a demo journey needs besides the patient. */
export interface DemoStaff {
  ops: string;
  /** specialist tokens by roster index */
  specialists: Map<number, string>;
}

/**
 * A drawn signature as the consent page's canvas sends it: a PNG data URL of a pen stroke.
 * @returns `data:image/png;base64,…`
 */
export function drawnSignature(): string {
  const width = 120;
  const height = 40;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width, 255);
    row[0] = 0; // no filter
    for (let x = 8; x < width - 8; x += 1) {
      const pen = 20 + 12 * Math.sin(x / 9) * Math.cos(x / 31);
      if (Math.abs(pen - y) < 1.4) row[1 + x] = 20;
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Reads a case's stage as operations staff. */
async function stageOf(api: DemoApi, staff: DemoStaff, caseId: string): Promise<string> {
  const read = await api.graphql<{ case: { stage: string } }>(
    staff.ops,
    'query ($id: ID!) { case(id: $id) { stage } }',
    { id: caseId },
  );
  return read.case.stage;
}

/** Waits until the events have taken a case to `stage`. */
async function reachStage(
  api: DemoApi,
  staff: DemoStaff,
  caseId: string,
  stage: DemoStage,
): Promise<void> {
  await api.waitFor(
    `case ${caseId} to be ${stage}`,
    () => stageOf(api, staff, caseId),
    (now) => now === stage,
  );
}

/** The specialist's token for a roster index. */
function specialistToken(staff: DemoStaff, index: number): string {
  const token = staff.specialists.get(index);
  if (!token) throw new Error(`no demo specialist account for roster index ${index}`);
  return token;
}

/**
 * Takes one demo case through the platform's API to its stage, each step done by the person who
 * does it in the apps: the patient signs up (code from the Mailbox), registers, fills the
 * history, uploads a report of each investigation, submits, signs the e-consent and chooses
 * doctors; each specialist accepts; the patient pays in the payment sandbox's checkout;
 * operations give the GP the summary; the specialist contacts the patient, offers a video
 * appointment the patient books, asks for more information or writes and signs the opinion; the
 * patient asks for a refund or for erasure (confirmed by operations). Waits for each step's
 * events where the next step depends on them.
 * @param api - the platform's API
 * @param staff - operations' and the specialists' tokens
 * @param demo - the case
 * @returns the case's id
 * @throws when a step is refused or its effect does not arrive in time
 */
export async function runDemoJourney(
  api: DemoApi,
  staff: DemoStaff,
  demo: DemoCase,
): Promise<string> {
  const target = demo.stage;
  const goal = target === 'CLOSED' ? 'SUBMITTED' : target === 'CANCELLED' ? 'ACTIVE' : target;
  const passes = (stage: DemoStage): boolean => JOURNEY.indexOf(goal) >= JOURNEY.indexOf(stage);
  const fullName = demo.registration['fullName'] as string;
  // the apps speak English and Hindi; the patient's own language is kept on the registration
  const appLanguage = demo.registration['preferredLanguage'] === 'hi' ? 'hi' : 'en';
  const { token, patientId } = await api.signUpPatient(
    staff.ops,
    demo.login,
    fullName,
    appLanguage,
  );
  await api.graphql(
    token,
    'mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }',
    { id: patientId, p: { ...demo.registration, email: demo.login } },
  );
  const started = await api.graphql<{ startCase: { id: string } }>(
    token,
    'mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }',
    { p: patientId, k: randomUUID() },
  );
  const caseId = started.startCase.id;
  await api.graphql(
    token,
    'mutation ($id: ID!, $i: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $i) { id } }',
    { id: caseId, i: demo.intake },
  );
  await uploadDemoReports(api, token, caseId, demo);
  if (!passes('SUBMITTED')) return caseId;
  await api.graphql(token, 'mutation ($id: ID!) { submitCase(caseId: $id) { id } }', {
    id: caseId,
  });
  if (target === 'CLOSED') {
    await eraseRecord(api, staff, token, patientId, demo.erasureReason ?? null);
    await reachStage(api, staff, caseId, 'CLOSED');
    return caseId;
  }
  if (!passes('CONSENTED')) return caseId;
  await signConsent(api, token, caseId, fullName);
  await reachStage(api, staff, caseId, 'CONSENTED');
  if (!passes('PANEL_REQUESTED') || !demo.panel) return caseId;
  const requested =
    demo.panel.mode === 'PLATFORM_CHOOSES'
      ? {
          mode: 'PLATFORM_CHOOSES',
          preferredSize: demo.panel.preferredSize,
          specialties: demo.panel.specialties,
        }
      : { mode: demo.panel.mode, specialistIds: demo.panel.specialists.map(demoSpecialistId) };
  const panel = await api.eventually(() =>
    api.graphql<{ requestPanel: { members: { id: string; specialist: { id: string } }[] } }>(
      token,
      'mutation ($c: ID!, $r: PanelRequestInput!, $k: ID) { requestPanel(caseId: $c, requestedPanel: $r, idempotencyKey: $k) { members { id specialist { id } } } }',
      { c: caseId, r: requested, k: randomUUID() },
    ),
  );
  if (demo.panel.mode === 'PLATFORM_CHOOSES') {
    // operations confirm the platform's suggestion in the admin app (not done: it waits there)
    await reachStage(api, staff, caseId, 'PANEL_REQUESTED');
    return caseId;
  }
  await reachStage(api, staff, caseId, 'AWAITING_CONFIRMATION');
  if (!passes('AWAITING_PAYMENT')) return caseId;
  for (const member of panel.requestPanel.members) {
    const index = DEMO_SPECIALIST_LOGINS.find(
      (login) => demoSpecialistId(login.index) === member.specialist.id,
    )!.index;
    await api.eventually(() =>
      api.graphql(
        specialistToken(staff, index),
        'mutation ($m: ID!) { respondToPanelRequest(panelMemberId: $m, accept: true) { id } }',
        { m: member.id },
      ),
    );
  }
  await reachStage(api, staff, caseId, 'AWAITING_PAYMENT');
  if (!passes('ACTIVE')) return caseId;
  await payQuote(api, token, caseId, fullName);
  await reachStage(api, staff, caseId, 'ACTIVE');
  if (demo.gpSummary) {
    await api.eventually(() =>
      api.graphql(
        staff.ops,
        'mutation ($input: AssignCaseGpInput!) { assignCaseGp(input: $input) { id } }',
        { input: { caseId, gpAccountId: DEMO_IDS.gpAccount, gpName: 'Dr Arvind Rao' } },
      ),
    );
  }
  if (target === 'CANCELLED') {
    const reason = demo.cancelReason;
    if (!reason) throw new Error(`the demo case of ${demo.login} has no reason to cancel`);
    await api.eventually(() =>
      api.graphql(
        token,
        'mutation ($c: ID!, $r: String!) { cancelCaseForRefund(caseId: $c, reason: $r) { id } }',
        { c: caseId, r: reason },
      ),
    );
    await reachStage(api, staff, caseId, 'CANCELLED');
    return caseId;
  }
  if (!passes('INFO_REQUESTED')) return caseId;
  const specialists = demo.panel.specialists.map((index) => specialistToken(staff, index));
  for (const specialist of specialists) {
    await api.eventually(() =>
      api.graphql(
        specialist,
        'mutation ($input: ContactLogInput!) { logContact(input: $input) { id } }',
        {
          input: {
            caseId,
            channel: 'PHONE',
            occurredAt: new Date().toISOString(),
            note: 'Introduced myself, went through the history and explained the next steps.',
          },
        },
      ),
    );
  }
  if (demo.appointment) {
    await bookAppointment(api, token, specialists[0]!, caseId, demo.appointment);
  }
  if (target === 'INFO_REQUESTED') {
    const info = demo.infoRequest;
    if (!info) throw new Error(`the demo case of ${demo.login} has no information request`);
    await api.graphql(
      specialists[0]!,
      'mutation ($c: ID!, $k: InfoRequestKind!, $q: String!) { requestInformation(caseId: $c, kind: $k, question: $q) { id } }',
      { c: caseId, k: info.kind, q: info.question },
    );
    await reachStage(api, staff, caseId, 'INFO_REQUESTED');
    return caseId;
  }
  for (const index of demo.panel.specialists) {
    const signer = DEMO_SPECIALIST_LOGINS.find((login) => login.index === index)!;
    await writeOpinion(api, specialistToken(staff, index), caseId, demo, signer.displayName);
  }
  await reachStage(api, staff, caseId, 'OPINIONS_READY');
  if (demo.referralNote) await submitReferralNote(api, caseId, demo.referralNote);
  if (target === 'REPORT_DELIVERED') {
    await api.eventually(() =>
      api.graphql(staff.ops, 'mutation ($c: ID!) { deliverReport(caseId: $c) { id } }', {
        c: caseId,
      }),
    );
    await reachStage(api, staff, caseId, 'REPORT_DELIVERED');
  }
  if (demo.sharedWithInsurer) {
    await api.graphql(
      token,
      'mutation ($c: ID!, $p: ID!) { shareCaseWithPartner(caseId: $c, partnerId: $p, includeReport: true) { id } }',
      { c: caseId, p: DEMO_PARTNER.partnerId },
    );
  }
  return caseId;
}

/** The demo GP submits the case's referral note (the case summary given to them). */
async function submitReferralNote(
  api: DemoApi,
  caseId: string,
  note: NonNullable<DemoCase['referralNote']>,
): Promise<void> {
  const gp = await api.signIn(DEMO_ACCOUNTS.find((account) => account.roles.includes('GP'))!.email);
  await api.eventually(() =>
    api.graphql(
      gp,
      'mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { id } }',
      { input: { caseId, ...note } },
    ),
  );
}

/**
 * The next two dates (India time, at least a day ahead) that fall on the given weekdays, at a
 * wall-clock time.
 * @param weekdays - 0 Sunday … 6 Saturday
 * @param localTime - `HH:mm`
 * @param now - the current time
 * @returns `YYYY-MM-DDTHH:mm` in Asia/Kolkata (UTC+05:30 all year)
 */
export function nextLocalSlots(weekdays: number[], localTime: string, now = new Date()): string[] {
  const IST_MS = 330 * 60_000;
  const slots: string[] = [];
  for (let day = 2; slots.length < 2 && day < 30; day += 1) {
    const date = new Date(now.getTime() + IST_MS + day * 86_400_000);
    if (weekdays.includes(date.getUTCDay())) {
      slots.push(`${date.toISOString().slice(0, 10)}T${localTime}`);
    }
  }
  return slots;
}

/** The specialist proposes a video appointment at two times; the patient books the first. */
async function bookAppointment(
  api: DemoApi,
  patient: string,
  specialist: string,
  caseId: string,
  when: { weekdays: number[]; localTime: string },
): Promise<void> {
  const proposed = await api.graphql<{
    proposeAppointment: { id: string; slots: { id: string }[] };
  }>(
    specialist,
    'mutation ($input: AppointmentProposalInput!) { proposeAppointment(input: $input) { id slots { id } } }',
    {
      input: {
        caseId,
        mode: 'VIDEO',
        durationMinutes: 30,
        slots: nextLocalSlots(when.weekdays, when.localTime).map((localStart) => ({
          localStart,
          timeZone: 'Asia/Kolkata',
        })),
      },
    },
  );
  await api.eventually(() =>
    api.graphql(
      patient,
      'mutation ($a: ID!, $s: ID!) { bookAppointment(appointmentId: $a, slotId: $s) { id } }',
      { a: proposed.proposeAppointment.id, s: proposed.proposeAppointment.slots[0]!.id },
    ),
  );
}

/** The patient signs the e-consent in force (and the privacy notice shown with it). */
async function signConsent(
  api: DemoApi,
  token: string,
  caseId: string,
  fullName: string,
): Promise<void> {
  const legal = await api.graphql<{
    consent: { version: string; sha256: string };
    notice: { version: string; sha256: string };
  }>(
    null,
    `{ consent: currentLegalDocument(kind: CONSENT) { version sha256 }
       notice: currentLegalDocument(kind: PRIVACY_NOTICE) { version sha256 } }`,
  );
  await api.graphql(
    token,
    'mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }',
    {
      input: {
        caseId,
        documentVersion: legal.consent.version,
        documentSha256: legal.consent.sha256,
        privacyNoticeVersion: legal.notice.version,
        privacyNoticeSha256: legal.notice.sha256,
        typedFullName: fullName,
        signatureImage: drawnSignature(),
        agreed: true,
      },
    },
  );
}

/**
 * The patient pays the quote in the payment sandbox's checkout (UPI, success) as the patient
 * app's Pay page does: order for exactly the quote, the checkout's answer, then its confirmation.
 */
async function payQuote(api: DemoApi, token: string, caseId: string, payer: string): Promise<void> {
  const quoted = await api.waitFor(
    `the quote of case ${caseId}`,
    () =>
      api.graphql<{ case: { quote: { amount: number } | null } }>(
        token,
        'query ($id: ID!) { case(id: $id) { quote { amount } } }',
        { id: caseId },
      ),
    (read) => read.case.quote !== null,
  );
  const order = await api.graphql<{
    createPaymentOrder: { id: string; providerOrderId: string; checkoutKeyId: string };
  }>(
    token,
    'mutation ($input: CreatePaymentOrderInput!) { createPaymentOrder(input: $input) { id providerOrderId checkoutKeyId } }',
    {
      input: {
        caseId,
        amountInPaise: quoted.case.quote!.amount,
        currency: 'INR',
        billingName: payer,
        idempotencyKey: `demo-checkout-${caseId}`,
      },
    },
  );
  const { providerOrderId, checkoutKeyId, id } = order.createPaymentOrder;
  const checkout = await api.fetch(`/payment-sandbox/checkout/orders/${providerOrderId}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key_id: checkoutKeyId, method: 'upi', outcome: 'success' }),
  });
  const paid = (await checkout.json()) as {
    razorpay_payment_id?: string;
    razorpay_signature?: string;
  };
  if (checkout.status !== 200)
    throw new Error(`the sandbox checkout refused: ${JSON.stringify(paid)}`);
  await api.graphql(
    token,
    'mutation ($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { id } }',
    {
      input: {
        orderId: id,
        providerPaymentId: paid.razorpay_payment_id,
        providerSignature: paid.razorpay_signature,
      },
    },
  );
}

/** A specialist writes the demo case's opinion (DemoCase.opinion), then signs it. */
async function writeOpinion(
  api: DemoApi,
  specialist: string,
  caseId: string,
  demo: DemoCase,
  signerName: string,
): Promise<void> {
  if (!demo.opinion) throw new Error(`the demo case of ${demo.login} has no opinion to write`);
  const { answers, ...opinion } = demo.opinion;
  const saved = await api.eventually(() =>
    api.graphql<{ saveOpinionDraft: { version: number } }>(
      specialist,
      'mutation ($input: OpinionDraftInput!) { saveOpinionDraft(input: $input) { version } }',
      {
        input: {
          ...opinion,
          answers: answers.map((answer) => ({ answer })),
          caseId,
          consensus: false,
          expectedVersion: 0,
        },
      },
    ),
  );
  await api.graphql(
    specialist,
    'mutation ($input: SubmitOpinionInput!) { submitOpinion(input: $input) { id } }',
    {
      input: {
        caseId,
        consensus: false,
        expectedVersion: saved.saveOpinionDraft.version,
        typedFullName: signerName,
      },
    },
  );
}

/** The patient asks for their record to be erased; operations staff confirm it. */
async function eraseRecord(
  api: DemoApi,
  staff: DemoStaff,
  token: string,
  patientId: string,
  reason: string | null,
): Promise<void> {
  const requested = await api.eventually(() =>
    api.graphql<{ requestErasure: { id: string } }>(
      token,
      'mutation ($input: RequestErasureInput!) { requestErasure(input: $input) { id } }',
      { input: { patientId, reason } },
    ),
  );
  await api.eventually(() =>
    api.graphql(staff.ops, 'mutation ($id: ID!) { confirmErasureRequest(id: $id) { id } }', {
      id: requested.requestErasure.id,
    }),
  );
}
