import path from 'node:path';
import { DEMO_PASSWORD, fillSignInForm, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { addStaffAccount } from './support/journey/specialists';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 7, "GP case summary": operations staff give the demo case's summary to a GP, the GP
// reads the case and writes and submits the summary (the referral note), and a specialist of the
// panel and the patient read it, with its PDF. DESIGN.md journey step 8.

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DEMO_CASE = '019ad000-0000-7000-8000-000000000101';
const GP = { name: 'Dr Meera Nair', email: 'meera.nair.gp@consilium.example' };
const QUESTION = 'Is adjuvant radiotherapy needed as well as targeted therapy?';

/** A GraphQL call through the gateway; GraphQL errors throw. */
async function graphql<T>(
  origin: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs in through the API and gives the access token. */
async function tokenOf(origin: string, login: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`sign-in as ${login} failed: ${JSON.stringify(body)}`);
  return body.accessToken;
}

/** Waits until a condition holds (something that travels as an event between services). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('The GP case summary in the three apps', () => {
  const platform = withPlatformAndChromium(14680);
  const newPage = withFreshPages(platform);

  beforeAll(async () => {
    // A second GP, added by operations staff, who sets a password from the emailed code.
    const { origin } = platform;
    const ops = await tokenOf(origin, 'ops@consilium.example');
    await addStaffAccount(origin, ops, { role: 'GP', displayName: GP.name, email: GP.email });
  });

  it('lets operations staff give the overdue demo summary to another GP', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    await page.getByRole('link', { name: 'Case summaries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case summaries' }).waitFor();
    const row = page.getByRole('row', { name: /Kavita Deshpande/ }).first();
    await row.getByText('Dr Arvind Rao').waitFor();
    await row.getByText('Overdue').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('GP for the case of Kavita Deshpande').selectOption({ label: GP.name });
    await row.getByRole('button', { name: 'Reassign' }).click();
    await page
      .getByRole('status')
      .getByText(`${GP.name} now writes the summary of Kavita Deshpande’s case.`)
      .waitFor();
    await page
      .getByRole('row', { name: /Kavita Deshpande/ })
      .first()
      .getByText(GP.name)
      .waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-case-summaries.png'),
      fullPage: true,
    });
  });

  it('lets the GP read the case, write the summary and submit it', async () => {
    // The other services learn of the new GP through the GpAssigned event.
    const token = await tokenOf(platform.origin, GP.email);
    await eventually(async () => {
      await graphql(
        platform.origin,
        token,
        `
          query ($id: ID!) {
            case(id: $id) {
              id
              stage
            }
          }
        `,
        {
          id: DEMO_CASE,
        },
      );
      return true;
    }, 'the GP to be a party to the case');

    const page = await newPage();
    await page.goto(`${platform.origin}/sign-in`);
    await fillSignInForm(page, GP.email);
    await page.getByRole('heading', { level: 1, name: 'Case summaries to write' }).waitFor();
    const row = page.getByRole('row', { name: /Kavita Deshpande/ });
    await row.getByText('Overdue').waitFor();
    await row.getByRole('link', { name: 'Kavita Deshpande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case of Kavita Deshpande' }).waitFor();
    await page.getByRole('heading', { name: 'Your case summary (referral note)' }).waitFor();
    await page.getByText(/This summary is overdue: it was due/).waitFor();
    await page.getByRole('heading', { name: 'The patient’s history' }).waitFor();
    // The draft the first GP began is there to continue.
    await expect(page.getByLabel('History', { exact: true }).inputValue()).resolves.toContain(
      'painless lump in the upper outer quadrant',
    );

    // Submitting without a question is refused at the field, in the page's language.
    await page.getByRole('button', { name: 'Submit to the specialists' }).click();
    await page.getByText('At least 1 needed.').waitFor();
    expect(
      await page
        .getByLabel('Questions for the specialists', { exact: true })
        .getAttribute('aria-invalid'),
    ).toBe('true');

    await page
      .getByLabel('Key findings', { exact: true })
      .fill(
        'Carcinoma of the left breast, upper outer quadrant (C50.4), after lumpectomy\nHypothyroid on levothyroxine 50 mcg; sulfonamide allergy',
      );
    await page.getByLabel('Questions for the specialists', { exact: true }).fill(QUESTION);
    await page.getByRole('checkbox', { name: 'मैमोग्राफी रिपोर्ट.jpg' }).check();
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'doctor-gp-summary.png'),
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Submit to the specialists' }).click();
    const note = page.getByRole('region', { name: 'Referral note from the GP' });
    await note.getByText(`Written by ${GP.name} (GP), submitted`).waitFor();
    await note.getByText(QUESTION).waitFor();
    expect(await page.getByRole('button', { name: 'Submit to the specialists' }).count()).toBe(0);
  });

  it('shows the specialist of the panel the referral note, with its PDF', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await page.getByRole('heading', { level: 1, name: 'My assigned cases' }).waitFor();
    await page.getByRole('link', { name: 'Kavita Deshpande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case of Kavita Deshpande' }).waitFor();
    const note = page.getByRole('region', { name: 'Referral note from the GP' });
    await note.getByText(`Written by ${GP.name} (GP), submitted`).waitFor();
    await note.getByText(QUESTION).waitFor();
    await note.getByText('मैमोग्राफी रिपोर्ट.jpg').waitFor();
    await note.getByText('Hypothyroid on levothyroxine 50 mcg; sulfonamide allergy').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.getByRole('button', { name: 'Download the referral note (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^referral-note-.+\.pdf$/);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'doctor-referral-note.png'),
      fullPage: true,
    });
  });

  it('shows the patient the referral note on her case page', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.goto(`${platform.origin}/patient/cases/${DEMO_CASE}`);
    await page.getByRole('heading', { level: 1, name: /Kavita Deshpande/ }).waitFor();
    const note = page.getByRole('region', { name: 'Referral note from the GP' });
    await note.getByText(`Written by ${GP.name} (GP), submitted`).waitFor();
    await note.getByText(QUESTION).waitFor();
    await note.getByRole('button', { name: 'Download the referral note (PDF)' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
