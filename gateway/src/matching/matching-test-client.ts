import fs from 'node:fs';
import path from 'node:path';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { flushEvents, payFor } from '../opinions/opinion-test-client';
import type { TestPlatform } from '../testing/start-platform';

/** The shared fixtures' specialist profiles (36, availability in Asia/Kolkata). */
export interface FixtureSpecialist {
  id: string;
  fullName: string;
  nameLocal: string | null;
  specialty: string;
  subSpecialty: string | null;
  qualifications: string;
  aiimsTrained: boolean;
  aiimsCampus?: string | null;
  aiimsDepartment?: string | null;
  yearsOfExperience: number;
  languages: string[];
  city: string;
  hospitals: string[];
  registration: { council: string; number: string; year: number };
  email: string;
  bio: string | null;
  maxActiveCases: number;
  weeklyAvailability: { weekday: string; start: string; end: string; timeZone: string }[];
}

/** The fixtures' specialists, as in ../shared/fixtures/specialists.json. */
export function loadFixtureSpecialists(): FixtureSpecialist[] {
  const file = path.resolve(__dirname, '../../../../shared/fixtures/specialists.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FixtureSpecialist[];
}

/**
 * A fixture specialist as operations staff enter the profile (SpecialistProfileInput).
 * @param fixture - one fixture specialist
 * @param overrides - fields to change, e.g. `{ maxActiveCases: 1 }`
 * @returns the input
 */
export function profileInputOf(
  fixture: FixtureSpecialist,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    fullName: fixture.fullName,
    nameLocal: fixture.nameLocal,
    specialty: fixture.specialty,
    subSpecialty: fixture.subSpecialty,
    qualifications: fixture.qualifications,
    aiimsTrained: fixture.aiimsTrained,
    aiimsCampus: fixture.aiimsCampus ?? null,
    aiimsDepartment: fixture.aiimsDepartment ?? null,
    yearsOfExperience: fixture.yearsOfExperience,
    languages: fixture.languages,
    city: fixture.city,
    hospitals: fixture.hospitals,
    registration: fixture.registration,
    email: fixture.email,
    bio: fixture.bio,
    maxActiveCases: fixture.maxActiveCases,
    timeZone: fixture.weeklyAvailability[0]?.timeZone ?? 'Asia/Kolkata',
    weeklyAvailability: fixture.weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    })),
    ...overrides,
  };
}

/**
 * Onboards and verifies a profile through the gateway as operations staff.
 * @returns the new specialist's id
 */
export async function onboardVerified(
  platform: TestPlatform,
  input: Record<string, unknown>,
): Promise<string> {
  const ops = await platform.as('operations');
  const created = await postGraphQL<{ onboardSpecialist: { id: string } }>(
    platform.gateway.url,
    `mutation ($input: SpecialistProfileInput!) { onboardSpecialist(input: $input) { id } }`,
    { input },
    ops,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.onboardSpecialist.id;
  const verified = await postGraphQL(
    platform.gateway.url,
    `mutation ($id: ID!) { verifySpecialist(id: $id) { listed } }`,
    { id },
    ops,
  );
  if (verified.errors) throw new Error(JSON.stringify(verified.errors));
  return id;
}

/**
 * Onboards and verifies every fixture specialist.
 * @returns fixture id (e.g. `rohan-khanna`) → specialist id
 */
export async function onboardFixtureSpecialists(
  platform: TestPlatform,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const fixture of loadFixtureSpecialists()) {
    ids.set(fixture.id, await onboardVerified(platform, profileInputOf(fixture)));
  }
  return ids;
}

/** What requestPanel returns in these tests. */
export interface RequestedPanel {
  id: string;
  mode: string;
  seats: number;
  members: { id: string; status: string; specialist: { id: string } }[];
}

/**
 * The patient's side requests a panel through the gateway.
 * @returns the response
 */
export function requestPanel(
  platform: TestPlatform,
  who: { authorization: string },
  caseId: string,
  requestedPanel: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<GraphQLResponse<{ requestPanel: RequestedPanel }>> {
  return postGraphQL(
    platform.gateway.url,
    `mutation ($caseId: ID!, $p: PanelRequestInput!, $k: ID) {
      requestPanel(caseId: $caseId, requestedPanel: $p, idempotencyKey: $k) {
        id mode seats members { id status specialist { id } }
      }
    }`,
    { caseId, p: requestedPanel, k: idempotencyKey ?? null },
    who,
  );
}

/**
 * Answers a panel request as operations staff recording the specialist's answer.
 * @returns the response
 */
export async function answer(
  platform: TestPlatform,
  memberId: string,
  accept: boolean,
  reason: string | null = null,
): Promise<GraphQLResponse<{ respondToPanelRequest: { id: string; status: string } }>> {
  return postGraphQL(
    platform.gateway.url,
    `mutation ($id: ID!, $accept: Boolean!, $reason: String) {
      respondToPanelRequest(panelMemberId: $id, accept: $accept, reason: $reason) { id status }
    }`,
    { id: memberId, accept, reason },
    await platform.as('operations'),
  );
}

/**
 * Takes a consented case to ACTIVE the way users do: the patient's side requests one specialist,
 * who confirms, and the fee is paid (PaymentCaptured, as billing records it).
 * @param platform - the running platform
 * @param session - the patient's side
 * @param caseId - a CONSENTED case
 * @param specialistId - the one specialist
 */
export async function activeWithSpecialist(
  platform: TestPlatform,
  session: { authorization: string; patientId: string },
  caseId: string,
  specialistId: string,
): Promise<void> {
  const requested = await requestPanel(platform, session, caseId, {
    mode: 'SINGLE',
    specialistIds: [specialistId],
  });
  if (!requested.data) throw new Error(JSON.stringify(requested.errors));
  const accepted = await answer(platform, requested.data.requestPanel.members[0]!.id, true);
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  await flushEvents(platform);
  await payFor(platform, caseId, session.patientId);
}
