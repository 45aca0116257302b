import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { deliverEvent, paymentCaptured, withEventsToken } from './support/events';
import { addStaffAccount } from './support/journey/specialists';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 7, specialist opinions: on the demo case (a board of three, Dr Sunanda Iyer the chair),
// Sunanda writes and signs her opinion in the doctor app (the server's refusals shown at their
// fields first), votes on the consensus and signs it as chair; her colleagues work through the
// API; the patient reads the opinions and the dissent matrix in the patient app, in English and
// Hindi.

const PORT = 14660;
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const CASE = DEMO_IDS.case;
const QUESTIONS = [
  'Do I need both radiotherapy and targeted therapy, or is one of them enough?',
  'What are the long-term side effects of each, and how are they monitored?',
];
const DISSENT = 'A shorter, hypofractionated course of radiotherapy would be enough at her age.';

type Json = Record<string, unknown>;

/** A GraphQL call through the gateway; GraphQL errors throw. */
async function graphql<T = Json>(
  origin: string,
  token: string,
  query: string,
  variables: Json = {},
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs in through the API. @returns the access token */
async function signIn(origin: string, login: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`sign-in as ${login} failed: ${JSON.stringify(body)}`);
  return body.accessToken;
}

/**
 * A specialist account for a demo specialist, made by operations staff; the specialist sets a
 * password with the code from the Mailbox. @returns their access token
 */
async function colleague(
  origin: string,
  ops: string,
  specialistId: string,
  name: string,
): Promise<string> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@consilium.example`;
  const password = 'a specialist’s first password';
  await addStaffAccount(
    origin,
    ops,
    { role: 'SPECIALIST', displayName: name, email, specialistId },
    password,
  );
  return signIn(origin, email, password);
}

/** A complete opinion's parts for the API. */
const opinionParts = (words: string): Json => ({
  diagnosisAssessment: 'CONFIRMED',
  recommendedTreatment: `Whole-breast radiotherapy, then trastuzumab for a year (${words}).`,
  alternatives: [
    { option: 'Radiotherapy alone', pros: 'Fewer visits.', cons: 'More recurrences.' },
  ],
  answers: QUESTIONS.map((_, index) => ({ answer: `Answer ${index + 1} (${words}).` })),
  furtherTests: ['Echocardiogram'],
  notes: null,
});

describe('Specialists write and sign opinions; the patient reads them and the board’s dissent matrix', () => {
  // the platform's services accept events from whoever knows this token (set before it starts)
  const eventsToken = withEventsToken();
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let vikram = '';
  let ananya = '';

  beforeAll(async () => {
    const { origin } = platform;
    // The fee is paid (what billing would publish): patient-intake and records learn it.
    const paid = paymentCaptured(CASE, DEMO_IDS.patient);
    await deliverEvent(PORT, [1, 4], eventsToken, paid);
    const ops = await signIn(origin, 'ops@consilium.example');
    vikram = await colleague(origin, ops, DEMO_IDS.specialists[1], 'Dr Vikram Sethi');
    ananya = await colleague(origin, ops, DEMO_IDS.specialists[2], 'Dr Ananya Ghosh');
  });

  /** A colleague writes and signs their own opinion, or saves the consensus draft, through the API. */
  async function colleagueOpinion(token: string, name: string, consensus = false): Promise<void> {
    const saved = await graphql<{ saveOpinionDraft: { version: number } }>(
      platform.origin,
      token,
      'mutation ($input: OpinionDraftInput!) { saveOpinionDraft(input: $input) { version } }',
      { input: { caseId: CASE, consensus, ...opinionParts(consensus ? 'board' : name) } },
    );
    if (consensus) return;
    await graphql(
      platform.origin,
      token,
      'mutation ($input: SubmitOpinionInput!) { submitOpinion(input: $input) { id } }',
      {
        input: {
          caseId: CASE,
          expectedVersion: saved.saveOpinionDraft.version,
          typedFullName: name,
        },
      },
    );
  }

  /** A colleague votes on every row of the consensus through the API. */
  async function colleagueVotes(
    token: string,
    levels: [string, string, string],
    reason: string,
  ): Promise<void> {
    const read = await graphql<{ case: { opinions: { kind: string; version: number }[] } }>(
      platform.origin,
      token,
      'query ($id: ID!) { case(id: $id) { opinions { kind version } } }',
      { id: CASE },
    );
    const version = read.case.opinions.find((opinion) => opinion.kind === 'CONSENSUS')!.version;
    const rows: [string, number | null][] = [
      ['RECOMMENDED_TREATMENT', null],
      ['PATIENT_QUESTION', 0],
      ['PATIENT_QUESTION', 1],
    ];
    await graphql(
      platform.origin,
      token,
      'mutation ($input: ConsensusVotesInput!) { voteOnConsensus(input: $input) { id } }',
      {
        input: {
          caseId: CASE,
          consensusVersion: version,
          votes: rows.map(([topic, questionIndex], index) => ({
            topic,
            questionIndex,
            level: levels[index],
            reason: levels[index] === 'AGREE' ? null : reason,
          })),
        },
      },
    );
  }

  /** Sunanda's case page, at the opinions. */
  async function openCaseAsSunanda(page: Page): Promise<void> {
    await page.goto(`${platform.origin}/doctor/cases/${CASE}`);
    await page.getByRole('heading', { level: 2, name: 'Opinions' }).waitFor();
  }

  it('lets the specialist write, save and sign her opinion, showing what is missing at its field', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await openCaseAsSunanda(page);
    const own = page.getByRole('region', { name: 'Your opinion' });
    await own.getByLabel('Your full name, as your signature').fill('Sunanda Iyer');
    await own.getByRole('button', { name: 'Sign and submit' }).click();
    await own.getByText('5 parts need your attention; they are marked below.').waitFor();
    const secondAnswer = own.getByLabel(`Question 2: ${QUESTIONS[1]}`);
    expect(await secondAnswer.getAttribute('aria-invalid')).toBe('true');
    expect(await own.getByLabel('Diagnosis').getAttribute('aria-invalid')).toBe('true');
    await own.getByText('At least 1 needed.').waitFor();

    await own.getByLabel('Diagnosis').selectOption({ label: 'Confirmed' });
    await own
      .getByLabel('Recommended treatment')
      .fill('Whole-breast radiotherapy, then trastuzumab for a year.');
    await own.getByRole('button', { name: 'Add an alternative' }).click();
    const alternative = own.getByRole('group', { name: 'Alternative 1' });
    await alternative.getByLabel('Option').fill('Radiotherapy alone');
    await alternative.getByLabel('Pros').fill('Fewer hospital visits.');
    await alternative
      .getByLabel('Cons')
      .fill('A higher risk of recurrence for a HER2-positive tumour.');
    await own
      .getByLabel(`Question 1: ${QUESTIONS[0]}`)
      .fill('Yes: each lowers the risk of recurrence.');
    await secondAnswer.fill(
      'Skin changes and heart effects; an echocardiogram every three months.',
    );
    await own.getByRole('button', { name: 'Add a test' }).click();
    await own.getByLabel('Test 1').fill('Echocardiogram before trastuzumab');
    await own.getByRole('button', { name: 'Save draft' }).click();
    await own.getByText(/^Draft saved at/).waitFor();
    await own.getByLabel('Your full name, as your signature').fill('Vikram Sethi');
    await own.getByRole('button', { name: 'Sign and submit' }).click();
    await own.getByText('Type your own full name as registered: Dr Sunanda Iyer.').waitFor();
    await own.getByLabel('Your full name, as your signature').fill('Sunanda Iyer');
    await own.getByRole('button', { name: 'Sign and submit' }).click();
    await own.getByRole('heading', { name: 'Your signed opinion' }).waitFor();
    await own.getByText(/^Signed by Sunanda Iyer on/).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('has the board vote on the consensus and the chair sign it', async () => {
    await colleagueOpinion(vikram, 'Vikram Sethi');
    await colleagueOpinion(ananya, 'Ananya Ghosh');
    await colleagueOpinion(vikram, 'Vikram Sethi', true);

    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await openCaseAsSunanda(page);
    await page.getByRole('heading', { name: 'Opinion of Vikram Sethi' }).waitFor();
    const board = page.getByRole('region', { name: 'The board’s consensus' });
    const vote = async (row: string, level: string): Promise<Locator> => {
      const group = board.getByRole('group', { name: row });
      await group.getByLabel(level, { exact: true }).check();
      return group;
    };
    await vote('Recommended treatment', 'Agree');
    await vote(`Question 1: ${QUESTIONS[0]}`, 'Agree');
    const partly = await vote(`Question 2: ${QUESTIONS[1]}`, 'Partly agree');
    await board.getByRole('button', { name: 'Save my votes' }).click();
    await board.getByText('This is required.').waitFor();
    await partly
      .getByLabel('Your reason')
      .fill('Monitoring every six months is enough after the first year.');
    await board.getByRole('button', { name: 'Save my votes' }).click();
    await board.getByText('Your votes are saved.').waitFor();

    await colleagueVotes(vikram, ['AGREE', 'AGREE', 'AGREE'], '');
    await colleagueVotes(ananya, ['DISAGREE', 'AGREE', 'AGREE'], DISSENT);
    await openCaseAsSunanda(page);
    const signing = page.getByRole('region', { name: 'The board’s consensus' });
    await signing.getByLabel('Your full name, as your signature').fill('Dr Sunanda Iyer');
    await signing.getByRole('button', { name: 'Sign and submit' }).click();
    await signing.getByRole('heading', { name: 'The signed consensus' }).waitFor();
    const matrix = signing.getByRole('region', { name: 'Where the board agrees' });
    await matrix
      .getByRole('row', { name: /Recommended treatment.*Majority.*Ananya Ghosh disagrees/ })
      .waitFor();
    await matrix
      .getByRole('row', { name: /Question 2.*Majority.*Sunanda Iyer agrees partly/ })
      .waitFor();
    await page.getByText('The board’s consensus is signed: the patient can read it now.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'doctor-opinions.png'), fullPage: true });
  });

  it('shows the patient the signed opinions and where the board agrees, in English and Hindi', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.goto(`${platform.origin}/patient/cases/${CASE}`);
    await page.getByText('Opinions ready').first().waitFor();
    await page.getByRole('link', { name: 'Read the board’s opinion and where it agrees' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Specialists’ opinions on Kavita Deshpande’s case' })
      .waitFor();
    await page.getByRole('heading', { name: 'The board’s agreed opinion' }).waitFor();
    const matrix = page.getByRole('list', { name: 'The board’s agreement, part by part' });
    const treatment = matrix.getByRole('listitem').filter({ hasText: 'Recommended treatment' });
    await treatment.getByText('Most agree').waitFor();
    await treatment.getByText('2 of 3 members agree.').waitFor();
    await treatment.getByText(`Ananya Ghosh disagrees: ${DISSENT}`).waitFor();
    const first = matrix.getByRole('listitem').filter({ hasText: QUESTIONS[0]! });
    await first.getByText('All agree').waitFor();
    for (const name of ['Sunanda Iyer', 'Vikram Sethi', 'Ananya Ghosh']) {
      await page.getByRole('heading', { name: new RegExp(`^Opinion of ${name}`) }).waitFor();
    }
    await page
      .getByText('Skin changes and heart effects; an echocardiogram every three months.')
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'patient-opinions.png'), fullPage: true });

    await page.getByLabel('Language').selectOption('hi');
    await page.getByRole('heading', { name: 'बोर्ड कहाँ सहमत है, और कहाँ नहीं' }).waitFor();
    await page.getByText('अधिकांश सहमत').first().waitFor();
    await page.getByText(`Ananya Ghosh असहमत हैं: ${DISSENT}`).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
  it('has operations deliver the report once the referral note is in, and the patient download it', async () => {
    const desk = await newPage();
    await signInAs(desk, platform.origin, 'operations');
    await desk.goto(`${platform.origin}/admin/cases/${CASE}`);
    const report = desk.getByRole('region', { name: 'Report to the patient' });
    await report.getByText('Every opinion is signed.', { exact: false }).waitFor();
    // The GP's referral note is still a draft: the server says so, and nothing is delivered.
    await report.getByRole('button', { name: 'Deliver the report to the patient' }).click();
    await report
      .getByRole('alert')
      .getByText('The report was not delivered: The GP’s referral note is not submitted yet.')
      .waitFor();
    const gp = await signIn(platform.origin, 'dr.arvind.rao.gp@consilium.example');
    await graphql(
      platform.origin,
      gp,
      'mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { status } }',
      {
        input: {
          caseId: CASE,
          keyFindings: ['Carcinoma of the left breast (C50.4), after lumpectomy'],
          questions: [QUESTIONS[0]],
        },
      },
    );
    await report.getByRole('button', { name: 'Deliver the report to the patient' }).click();
    await report.getByText(/^Delivered on .+ by Operations desk\.$/).waitFor();
    // patient-intake moves the case on the event; the page follows without a reload
    await desk.locator('.stage', { hasText: 'Report delivered' }).waitFor();
    expect(await wcagViolations(desk)).toEqual([]);

    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.goto(`${platform.origin}/patient/cases/${CASE}`);
    const yours = page.getByRole('region', { name: 'Your report' });
    await yours.getByText(/^Delivered on /).waitFor();
    await page.getByText('Your report has been delivered: download it below.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      yours.getByRole('button', { name: 'Download the report (PDF)' }).click(),
    ]);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    await yours.getByText(/^Saved as .+\.pdf\.$/).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
