import type { Page } from 'playwright-core';
import { signUp } from '../accounts';
import { STATE_CODES, type FixtureCase } from '../intake';
import type { TestPlatform } from '../platform';

/** The ISO 3166-2:IN codes of the states of every fixture case. */
const STATES: Record<string, string> = {
  ...STATE_CODES,
  Maharashtra: 'MH',
  'Uttar Pradesh': 'UP',
  Telangana: 'TS',
};

/**
 * State code of a fixture address.
 * @throws when the state is not one the fixtures use
 */
export function stateCode(state: string): string {
  const code = STATES[state];
  if (!code) throw new Error(`no ISO 3166-2:IN code known for ${state}`);
  return code;
}

/**
 * A patient signs up for themself (code from the Mailbox) and registers their details in the
 * patient app: name, date of birth, sex, mobile number, email, address and an identity document.
 * Ends on the registration page, saved.
 * @param page - a fresh page
 * @param platform - the platform and its browser
 * @param fixture - the case, whose patient signs up
 * @param email - the login (the fixture's email)
 */
export async function registerSelf(
  page: Page,
  platform: TestPlatform,
  fixture: FixtureCase,
  email: string,
): Promise<void> {
  const patient = fixture.patient;
  await signUp(page, platform, { kind: 'patient', name: patient.fullName, email });
  await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
  await page.getByRole('link', { name: 'Register the patient’s details' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
  await page.getByLabel('Name in a local script (optional)').fill(patient.nameLocal);
  await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
  await page.getByLabel('Sex', { exact: true }).selectOption(patient.sex);
  if (patient.phone) await page.getByLabel('Mobile number', { exact: true }).fill(patient.phone);
  await page.getByLabel('Email address').fill(email);
  await fillAddress(page, fixture);
  const identity = page.getByRole('group', { name: 'Identity document', exact: true });
  await identity.getByLabel('Document', { exact: true }).selectOption('PAN');
  await identity.getByLabel('Document number').fill('ABCDE1234F');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.getByText(`The details of ${patient.fullName} are saved.`).waitFor();
}

/**
 * A proxy (the fixture's `proxy`: a parent of a child, or an adult's authorised relative) signs
 * up and registers the patient they act for in the patient app; for a child, the guardian's part
 * too. Ends on the registration page, saved.
 * @param page - a fresh page
 * @param platform - the platform and its browser
 * @param fixture - the case, with a proxy
 */
export async function registerForSomeone(
  page: Page,
  platform: TestPlatform,
  fixture: FixtureCase,
): Promise<void> {
  const patient = fixture.patient;
  const proxy = fixture.proxy!;
  await signUp(page, platform, { kind: 'proxy', name: proxy.fullName, email: proxy.email });
  await page.getByText('You are not acting for anyone yet.').waitFor();
  await page
    .getByRole('link', { name: 'Register someone for a second opinion (their details)' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Register someone I care for' }).waitFor();
  await page.getByLabel('Who you are to them').selectOption(proxy.relationship);
  await page.getByLabel('Full name').fill(patient.fullName);
  await page.getByLabel('Name in a local script (optional)').fill(patient.nameLocal);
  await page.getByLabel('Sex', { exact: true }).selectOption(patient.sex);
  if (patient.phone) await page.getByLabel('Mobile number', { exact: true }).fill(patient.phone);
  await fillAddress(page, fixture);
  const identity = page.getByRole('group', { name: 'Identity document', exact: true });
  await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
  const guardian = page.getByRole('group', { name: 'Parent or legal guardian' });
  if (isMinor(patient.dateOfBirth)) {
    await identity.getByLabel('Document', { exact: true }).selectOption('BIRTH_CERTIFICATE');
    await identity.getByLabel('Document number').fill('KL-EKM-2017-004512');
    await guardian.getByLabel('Who they are to the patient').selectOption(proxy.relationship);
    await guardian.getByLabel('Guardian’s mobile number').fill(proxy.phone);
    const document = guardian.getByRole('group', { name: 'Guardian’s identity document' });
    await document.getByLabel('Document', { exact: true }).selectOption('PAN');
    await document.getByLabel('Document number').fill('BNZPM2501F');
  } else {
    await identity.getByLabel('Document', { exact: true }).selectOption('PAN');
    await identity.getByLabel('Document number').fill('ABCDE1234F');
  }
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByText(`The details of ${patient.fullName} are saved.`).waitFor();
}

/** Whether someone born on `dateOfBirth` is under 18 today. */
function isMinor(dateOfBirth: string): boolean {
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  const adult = new Date(born);
  adult.setUTCFullYear(born.getUTCFullYear() + 18);
  return adult.getTime() > Date.now();
}

/** Fills the address of the registration form from the fixture. */
async function fillAddress(page: Page, fixture: FixtureCase): Promise<void> {
  const address = fixture.patient.address;
  await page.getByLabel('House, street').fill(address.line1);
  if (address.line2) await page.getByLabel('Area, landmark (optional)').fill(address.line2);
  await page.getByLabel('City, town or village').fill(address.city);
  await page.getByLabel('District (optional)').fill(address.district);
  await page.getByLabel('State or union territory').selectOption(stateCode(address.state));
  await page.getByLabel('PIN code').fill(address.postalCode);
}
