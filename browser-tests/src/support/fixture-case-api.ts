import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from './accounts';
import { callGraphQL, signaturePng, signInByApi } from './consented-case';
import { fixtureCase } from './intake';

type Json = Record<string, unknown>;

/** ISO 3166-2:IN codes of the states the fixture cases use here. */
const STATES: Record<string, string> = { Haryana: 'HR', Telangana: 'TS', Maharashtra: 'MH' };

/** Signs up a verified patient through the API (code from the Mailbox). @returns their token and patient id */
async function signUpPatient(
  origin: string,
  ops: string,
  email: string,
  name: string,
): Promise<{ token: string; patientId: string }> {
  const signUp = await fetch(`${origin}/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'PATIENT', displayName: name, email, password: DEMO_PASSWORD }),
  });
  if (signUp.status !== 201) throw new Error(`sign-up of ${email} failed: ${signUp.status}`);
  let code: string | undefined;
  for (let attempt = 0; !code && attempt < 80; attempt += 1) {
    const mailbox = await callGraphQL<{ devMailbox: { recipient: string; body: string }[] }>(
      origin,
      ops,
      '{ devMailbox(first: 50) { recipient body } }',
    );
    const message = mailbox.devMailbox.find((item) => item.recipient === email);
    code = message ? /\b(\d{6})\b/.exec(message.body)?.[1] : undefined;
    if (!code) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const verified = await fetch(`${origin}/auth/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: email, code }),
  });
  const body = (await verified.json()) as {
    accessToken: string;
    account: { patientIds: string[] };
  };
  return { token: body.accessToken, patientId: body.account.patientIds[0]! };
}

/** A patient's consented case, made through the API. */
export interface ConsentedCase {
  /** the patient's access token */
  token: string;
  caseId: string;
  patientName: string;
  questions: string[];
}

/**
 * Signs in through the API as a demo account.
 * @param origin - the platform's origin
 * @param login - email or phone
 * @returns the access token
 */
export async function apiSignIn(origin: string, login: string): Promise<string> {
  return (await signInByApi(origin, login)).token;
}

/**
 * A fixture case entered through the API by a new patient: signed up, registered, history
 * saved, submitted and consented (what the patient app does).
 * @param origin - the platform's origin
 * @param ops - an operations access token (to read the sign-up code from the Mailbox)
 * @param file - the fixture, e.g. `case-b-lumbar-disc-single.json` (an adult's own case)
 * @param email - the new patient's login (unique per test)
 * @returns the case and the patient's token
 */
export async function consentedCase(
  origin: string,
  ops: string,
  file: string,
  email: string,
): Promise<ConsentedCase> {
  const fixture = fixtureCase(file);
  const { patient } = fixture;
  const { token, patientId } = await signUpPatient(origin, ops, email, patient.fullName);
  const state = STATES[patient.address.state]!;
  const call = <T = Json>(query: string, variables: Json): Promise<T> =>
    callGraphQL<T>(origin, token, query, variables);
  await call(
    'mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }',
    {
      id: patientId,
      p: {
        fullName: patient.fullName,
        nameLocal: patient.nameLocal,
        birthDate: patient.dateOfBirth,
        gender: patient.sex,
        email,
        address: { ...patient.address, state, country: undefined },
        identifier: { type: 'PAN', value: 'ABCDE1234F' },
      },
    },
  );
  const started = await call<{ startCase: { id: string } }>(
    'mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }',
    { p: patientId, k: randomUUID() },
  );
  const caseId = started.startCase.id;
  await call(
    'mutation ($id: ID!, $i: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $i) { id } }',
    {
      id: caseId,
      i: {
        presentingComplaint: fixture.presentingComplaint,
        symptoms: fixture.symptoms.map((s) => ({
          description: s.description,
          onsetDate: s.onset,
          severity: s.severity,
        })),
        conditions: fixture.conditions.map((c) => ({
          text: c.name,
          code: c.code,
          onsetDate: c.onsetDate,
          clinicalStatus: c.clinicalStatus.toUpperCase(),
        })),
        medications: fixture.medications.map((m) => ({
          medication: m.name,
          dose: m.dose,
          frequency: m.frequency,
          route: m.route,
          effectiveStart: m.startedOn,
        })),
        allergies: fixture.allergies,
        noKnownAllergies: fixture.allergies.length === 0,
        procedures: fixture.procedures.map((p) => ({
          name: p.name,
          performedDate: p.date,
          location: p.hospital,
        })),
        investigations: fixture.investigations,
        treatingPractitioner: fixture.treatingDoctor,
        treatmentAdvised: fixture.treatmentAdvised,
        reasonForSecondOpinion: fixture.reasonForSecondOpinion,
        reasonDetail: fixture.reasonDetail,
        questions: fixture.questions,
        patientLocation: { city: patient.address.city, state },
      },
    },
  );
  await call('mutation ($id: ID!) { submitCase(caseId: $id) { id } }', { id: caseId });
  const legal = await callGraphQL<{
    consent: { version: string; sha256: string };
    notice: { version: string; sha256: string };
  }>(
    origin,
    null,
    `{ consent: currentLegalDocument(kind: CONSENT) { version sha256 }
       notice: currentLegalDocument(kind: PRIVACY_NOTICE) { version sha256 } }`,
  );
  await call('mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }', {
    input: {
      caseId,
      documentVersion: legal.consent.version,
      documentSha256: legal.consent.sha256,
      privacyNoticeVersion: legal.notice.version,
      privacyNoticeSha256: legal.notice.sha256,
      typedFullName: patient.fullName,
      signatureImage: signaturePng(),
      agreed: true,
    },
  });
  return { token, caseId, patientName: patient.fullName, questions: fixture.questions };
}

/**
 * The patient's side chooses doctors for a consented case (`requestPanel`), trying again while
 * the specialist-matching service has not yet learned of the consent (events are delivered
 * after the request that records them).
 * @param origin - the platform's origin
 * @param made - the consented case
 * @param requestedPanel - the PanelRequestInput
 * @returns the panel's id
 */
export async function requestPanel(
  origin: string,
  made: ConsentedCase,
  requestedPanel: Json,
): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const done = await callGraphQL<{ requestPanel: { id: string } }>(
        origin,
        made.token,
        'mutation ($c: ID!, $r: PanelRequestInput!, $k: ID) { requestPanel(caseId: $c, requestedPanel: $r, idempotencyKey: $k) { id } }',
        { c: made.caseId, r: requestedPanel, k: randomUUID() },
      );
      return done.requestPanel.id;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/**
 * A consented fixture case taken to AWAITING_PAYMENT through the API, as its users would: the
 * patient's side asks one demo specialist, who accepts (the doctor app's part); then waits until
 * billing has quoted the fee (the stage and the quote follow the confirmation through events).
 * @param origin - the platform's origin
 * @param made - the consented case (consentedCase)
 * @param specialistId - a demo specialist's id
 * @param specialistLogin - that specialist's login
 * @returns the quote's amount in paise
 */
export async function caseAwaitingPayment(
  origin: string,
  made: ConsentedCase,
  specialistId: string,
  specialistLogin: string,
): Promise<{ amount: number }> {
  await requestPanel(origin, made, { mode: 'SINGLE', specialistIds: [specialistId] });
  const specialist = await apiSignIn(origin, specialistLogin);
  const deadline = Date.now() + 30_000;
  let memberId: string | undefined;
  while (!memberId) {
    const read = await callGraphQL<{
      specialist: { panelMemberships: { id: string; case: { id: string } }[] };
    }>(
      origin,
      specialist,
      'query ($id: ID!) { specialist(id: $id) { panelMemberships { id case { id } } } }',
      { id: specialistId },
    );
    memberId = read.specialist.panelMemberships.find((m) => m.case.id === made.caseId)?.id;
    if (!memberId && Date.now() > deadline) throw new Error('the panel request did not arrive');
    if (!memberId) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await callGraphQL(
    origin,
    specialist,
    'mutation ($m: ID!) { respondToPanelRequest(panelMemberId: $m, accept: true) { id } }',
    { m: memberId },
  );
  for (;;) {
    const read = await callGraphQL<{ case: { stage: string; quote: { amount: number } | null } }>(
      origin,
      made.token,
      'query ($id: ID!) { case(id: $id) { stage quote { amount } } }',
      { id: made.caseId },
    );
    if (read.case.stage === 'AWAITING_PAYMENT' && read.case.quote) return read.case.quote;
    if (Date.now() > deadline) throw new Error(`case ${made.caseId} was not quoted`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export { callGraphQL } from './consented-case';
