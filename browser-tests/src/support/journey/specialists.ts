import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../accounts';
import { callGraphQL } from '../consented-case';

/** `../shared/fixtures/specialists.json` beside the project. */
const SPECIALISTS_FILE = path.resolve(__dirname, '../../../../../shared/fixtures/specialists.json');

/** A fixture specialist (`../shared/fixtures/specialists.json`), as operations staff enter it. */
interface FixtureSpecialist {
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

/** A fixture specialist on the platform: listed, with a sign-in account. */
export interface JourneyDoctor {
  /** the fixture's id, e.g. `rohan-khanna` */
  fixtureId: string;
  /** the platform's specialist id */
  id: string;
  fullName: string;
  specialty: string;
  /** their sign-in email (password: the demo password) */
  login: string;
  /** weekly consulting hours in `timeZone` */
  weeklyAvailability: { weekday: string; start: string; end: string }[];
  timeZone: string;
}

/** Waits for the six-digit code of the latest message to `recipient` in the Mailbox (API). */
async function mailboxCode(origin: string, ops: string, recipient: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { devMailbox } = await callGraphQL<{ devMailbox: { recipient: string; body: string }[] }>(
      origin,
      ops,
      '{ devMailbox(first: 100) { recipient body } }',
    );
    const message = devMailbox.find((item) => item.recipient === recipient);
    const code = message ? /\b(\d{6})\b/.exec(message.body)?.[1] : undefined;
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no code for ${recipient} in the Mailbox`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A staff account added by operations staff (through the API, as set-up); its owner sets the
 * password with the code the Mailbox holds for them, as the "set your password" email asks.
 * @param origin - the platform's origin
 * @param ops - an operations access token
 * @param account - the role, name and email, and for a specialist their profile's id
 * @param password - the password they set (default: the demo password)
 * @throws when the account is refused or the password not set
 */
export async function addStaffAccount(
  origin: string,
  ops: string,
  account: { role: 'SPECIALIST' | 'GP'; displayName: string; email: string; specialistId?: string },
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await callGraphQL(
    origin,
    ops,
    'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }',
    { input: account },
  );
  const code = await mailboxCode(origin, ops, account.email);
  const reset = await fetch(`${origin}/auth/password-reset/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.email, code, password }),
  });
  if (reset.status !== 204) throw new Error(`the password of ${account.email} was not set`);
}

/**
 * What the platform holds before the journeys begin (operations staff's work, done through the
 * API as set-up, not part of any journey): every fixture specialist onboarded and verified (so
 * the directory and the platform's ranker see all 36), and a sign-in account, with the demo
 * password set from the emailed code, for each specialist the journeys need.
 * @param origin - the platform's origin
 * @param ops - an operations access token
 * @param withAccounts - fixture ids of the specialists who sign in
 * @returns fixture id → the specialist, for those with accounts
 * @throws when the platform refuses a profile or an account
 */
export async function onboardFixtureSpecialists(
  origin: string,
  ops: string,
  withAccounts: readonly string[],
): Promise<Map<string, JourneyDoctor>> {
  const fixtures = JSON.parse(fs.readFileSync(SPECIALISTS_FILE, 'utf8')) as FixtureSpecialist[];
  const doctors = new Map<string, JourneyDoctor>();
  for (const fixture of fixtures) {
    const timeZone = fixture.weeklyAvailability[0]?.timeZone ?? 'Asia/Kolkata';
    const weeklyAvailability = fixture.weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    }));
    const { onboardSpecialist } = await callGraphQL<{ onboardSpecialist: { id: string } }>(
      origin,
      ops,
      'mutation ($input: SpecialistProfileInput!) { onboardSpecialist(input: $input) { id } }',
      {
        input: {
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
          timeZone,
          weeklyAvailability,
        },
      },
    );
    const id = onboardSpecialist.id;
    await callGraphQL(origin, ops, 'mutation ($id: ID!) { verifySpecialist(id: $id) { id } }', {
      id,
    });
    if (!withAccounts.includes(fixture.id)) continue;
    doctors.set(fixture.id, {
      fixtureId: fixture.id,
      id,
      fullName: fixture.fullName,
      specialty: fixture.specialty,
      login: fixture.email,
      weeklyAvailability,
      timeZone,
    });
  }
  for (const doctor of doctors.values()) {
    await addStaffAccount(origin, ops, {
      role: 'SPECIALIST',
      displayName: `Dr ${doctor.fullName}`,
      email: doctor.login,
      specialistId: doctor.id,
    });
  }
  return doctors;
}
