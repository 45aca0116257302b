import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 7, "Who saw my record": a specialist on the demo case's board reads its reports; the demo
// patient, Kavita, finds that in her app — by the specialist's name and role, with the reports
// named — and her own visits only when she asks for them.

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DEMO_CASE = '019ad000-0000-7000-8000-000000000101';

/** Signs in through the API and reads the demo case's reports, as the doctor app would. */
async function specialistReadsTheCaseFile(origin: string): Promise<void> {
  const signedIn = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: DEMO_ACCOUNTS.specialist.login, password: DEMO_PASSWORD }),
  });
  expect(signedIn.status).toBe(200);
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  const read = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      query: `query ($id: ID!) { case(id: $id) { id documents { id title downloadUrl } } }`,
      variables: { id: DEMO_CASE },
    }),
  });
  const body = (await read.json()) as { data?: { case: { documents: unknown[] } } };
  expect(body.data?.case.documents).toHaveLength(2);
}

describe('Who saw my record', () => {
  const platform = withPlatformAndChromium(14740);
  const newPage = withFreshPages(platform);

  it('shows the demo patient that the specialist read her case’s reports', async () => {
    // twice: the same visit again soon after is one line, counted
    await specialistReadsTheCaseFile(platform.origin);
    await specialistReadsTheCaseFile(platform.origin);
    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();

    // from the sharing page's link, as well as from the navigation
    await page.getByRole('link', { name: 'Sharing and export' }).click();
    await page.waitForURL('**/patient/sharing');
    await page
      .getByRole('link', { name: 'See who saw your record, also through these links' })
      .click();
    await page.waitForURL('**/patient/access-log');
    await page.getByRole('heading', { level: 1, name: 'Who saw my record' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Patient pages' })
        .getByRole('link', { name: 'Who saw my record' })
        .getAttribute('aria-current'),
    ).toBe('page');

    const entry = page
      .getByRole('listitem')
      .filter({ hasText: 'Dr Sunanda Iyer, specialist' })
      .first();
    await entry.waitFor();
    const text = await entry.textContent();
    expect(text).toContain('Signed in to Consilium');
    expect(text).toContain('Viewed the list of reports of ');
    expect(text).toContain(
      'Viewed the file of the report “Histopathology report (lumpectomy).pdf”',
    );
    expect(text).toContain('Viewed the file of the report “मैमोग्राफी रिपोर्ट.jpg”');
    expect(text).toMatch(/\d{1,2} \w{3} \d{4}, /);
    expect(text).toMatch(/\(and once more since \d{1,2} \w{3} \d{4}, [^)]+\)/);
    expect(
      await page.getByRole('listitem').filter({ hasText: 'Dr Sunanda Iyer, specialist' }).count(),
    ).toBe(1);
    // her own visits are left out until she asks for them
    expect(await page.getByText('You', { exact: true }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'patient-access-log.png'),
      fullPage: true,
    });

    await page.getByLabel('Also show my own visits').check();
    await page.getByText('You', { exact: true }).first().waitFor();

    // nothing was refused: the narrowed list says so
    await page.getByLabel('What', { exact: true }).selectOption('REFUSED');
    await page.getByText('Nothing matches what you chose to show.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // in Hindi
    await page.getByLabel('What', { exact: true }).selectOption('ALL');
    await page.locator('.language-switch select').selectOption('hi');
    await page.getByRole('heading', { level: 1, name: 'मेरा रिकॉर्ड किसने देखा' }).waitFor();
    await page.getByText('Dr Sunanda Iyer, विशेषज्ञ').first().waitFor();
  });
});
