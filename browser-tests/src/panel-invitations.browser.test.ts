import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { Page } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import {
  apiSignIn,
  callGraphQL,
  consentedCase,
  requestPanel,
  type ConsentedCase,
} from './support/fixture-case-api';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 8, panel invitations: two patients each ask Dr Sunanda Iyer (the demo specialist) to
// review their case alone; in the doctor app she sees each request with a countdown to its
// deadline, must give a reason to decline, cannot accept past her maximum of active cases, and
// accepts; she changes her weekly availability on her profile.

const PORT = 14800;
const SUNANDA = DEMO_IDS.specialists[0];
const FIXTURE = 'case-b-lumbar-disc-single.json';

const PROFILE_FIELDS = `fullName nameLocal photoUrl specialty subSpecialty qualifications aiimsTrained
  aiimsCampus aiimsDepartment yearsOfExperience languages city hospitals
  registration { council number year } bio maxActiveCases timeZone
  weeklyAvailability { weekday start end }`;

describe('A specialist answers requests to join a case’s panel', () => {
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let ops = '';
  let first: ConsentedCase;
  let second: ConsentedCase;

  /** Operations staff set Sunanda's maximum of active cases through the API. */
  async function setSunandaMaximum(maxActiveCases: number): Promise<void> {
    const read = await callGraphQL<{ specialist: Record<string, unknown> }>(
      platform.origin,
      ops,
      `query ($id: ID!) { specialist(id: $id) { ${PROFILE_FIELDS} } }`,
      { id: SUNANDA },
    );
    await callGraphQL(
      platform.origin,
      ops,
      'mutation ($id: ID!, $input: SpecialistProfileInput!) { updateSpecialistProfile(id: $id, input: $input) { id } }',
      { id: SUNANDA, input: { ...read.specialist, maxActiveCases } },
    );
  }

  /** Sunanda's invitations page. */
  async function openInvitations(page: Page): Promise<void> {
    await signInAs(page, platform.origin, 'specialist');
    await page.getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
  }

  beforeAll(async () => {
    const { origin } = platform;
    ops = await apiSignIn(origin, 'ops@consilium.example');
    first = await consentedCase(origin, ops, FIXTURE, 'first.invitation@example.org');
    second = await consentedCase(origin, ops, FIXTURE, 'second.invitation@example.org');
    for (const made of [first, second]) {
      await requestPanel(origin, made, { mode: 'SINGLE', specialistIds: [SUNANDA] });
    }
  });

  it('shows each request with a countdown and needs a reason to decline', async () => {
    const page = await newPage();
    await openInvitations(page);
    const open = page.getByRole('region', { name: /^Waiting for your answer/ });
    await open.getByRole('heading', { name: 'Waiting for your answer (2)' }).waitFor();
    const card = open.getByRole('article').first();
    await card.getByText(/^\d+ h \d+ min \d+ s left to answer\.$/).waitFor();
    const before = await card.getByText(/left to answer/).textContent();
    await page.waitForTimeout(1500);
    expect(await card.getByText(/left to answer/).textContent()).not.toBe(before);
    await card.getByText(/^Answer by .*\(Asia\/Kolkata\)$/).waitFor();
    await card.getByText('One specialist · 1 specialist').waitFor();
    await card.getByText('Nobody else: you would review the case alone.').waitFor();
    await card.getByText(first.questions[0]!).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await card.getByRole('button', { name: /^Decline/ }).click();
    const reason = card.getByLabel('Why you decline (needed only to decline)');
    await card.getByText('Say why you decline, so the patient can choose well.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('On leave for the next three weeks.');
    await card.getByRole('button', { name: /^Decline/ }).click();
    await page.getByText(/^You declined the case of Nikhil Bhardwaj\./).waitFor();
    await open.getByRole('heading', { name: 'Waiting for your answer (1)' }).waitFor();
    const answered = page.getByRole('region', { name: 'Answered and expired requests' });
    await answered
      .getByRole('row', { name: /You declined.*On leave for the next three weeks\./ })
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('refuses to accept past the maximum of active cases, then accepts', async () => {
    await setSunandaMaximum(1);
    const page = await newPage();
    await openInvitations(page);
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: /^Accept/ }).click();
    await card
      .getByRole('alert')
      .getByText(
        'You cannot accept: you already have 1 active cases, your maximum of 1. Finish one, or ask operations staff to raise your maximum.',
      )
      .waitFor();

    await setSunandaMaximum(8);
    await card.getByRole('button', { name: /^Accept/ }).click();
    await page.getByText(/^You accepted the case of Nikhil Bhardwaj\./).waitFor();
    await page.getByText('No request is waiting for your answer.').waitFor();
    const answered = page.getByRole('region', { name: 'Answered and expired requests' });
    // newest first: the demo case, accepted long ago, comes after
    await answered
      .getByRole('row', { name: /You accepted/ })
      .first()
      .waitFor();
    await answered.getByRole('link', { name: 'Open the case' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Case of Nikhil Bhardwaj' }).waitFor();
  });

  it('lets the specialist see her listing and change her weekly availability', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await page.getByText('Verified and listed in the directory').waitFor();
    await page.getByText('Medical Oncology', { exact: false }).first().waitFor();
    const windows = page.getByRole('group', { name: 'Consulting windows' });
    const count = await windows.getByRole('group').count();
    await windows.getByRole('button', { name: 'Add a window' }).click();
    const added = windows.getByRole('group', { name: `Window ${count + 1}` });
    await added.getByLabel('Day').selectOption('SATURDAY');
    await added.getByLabel('From').fill('22:00');
    await added.getByLabel('To').fill('01:30');
    await added.getByText('Runs past midnight, until 01:30 on Sunday.').waitFor();
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText(/^Availability saved/).waitFor();
    const read = await callGraphQL<{
      specialist: { weeklyAvailability: { weekday: string; start: string; end: string }[] };
      maxActiveCases?: number;
    }>(platform.origin, ops, `query ($id: ID!) { specialist(id: $id) { ${PROFILE_FIELDS} } }`, {
      id: SUNANDA,
    });
    expect(read.specialist.weeklyAvailability).toContainEqual({
      weekday: 'SATURDAY',
      start: '22:00',
      end: '01:30',
    });
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('keeps the assigned cases list working after a decline', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await page.getByRole('heading', { level: 1, name: 'My assigned cases' }).waitFor();
    await page.getByRole('link', { name: 'Nikhil Bhardwaj' }).first().waitFor();
  });
});
