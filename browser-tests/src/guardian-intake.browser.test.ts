import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signUp } from './support/accounts';
import { wcagViolations } from './support/axe';
import {
  drawSignature,
  fillStepsOneToFour,
  fixtureCase,
  next,
  STATE_CODES,
  waitForStage,
} from './support/intake';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

describe('A mother registers her child and consents for her in Chromium', () => {
  const platform = withPlatformAndChromium(14580);
  const newPage = withFreshPages(platform);

  /** Operations staff publish a new version of the consent (in force at once). */
  async function publishConsentVersion(version: string): Promise<void> {
    const signIn = await fetch(`${platform.origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: DEMO_ACCOUNTS.operations.login, password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const answer = await fetch(`${platform.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        query: `mutation Publish($input: PublishLegalDocumentInput!) {
          publishLegalDocument(input: $input) { version }
        }`,
        variables: {
          input: {
            kind: 'CONSENT',
            version,
            titleEn: 'Consent to an expert medical second opinion',
            bodyEn: 'I ask Consilium to arrange a second opinion.\n\n- Revised wording.',
            titleHi: 'विशेषज्ञ चिकित्सा दूसरी राय के लिए सहमति',
            bodyHi: 'मैं कॉन्सिलियम से दूसरी राय की व्यवस्था करने को कहता/कहती हूँ।',
          },
        },
      }),
    });
    const published = (await answer.json()) as {
      data?: { publishLegalDocument: { version: string } };
      errors?: unknown;
    };
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishLegalDocument.version).toBe(version);
  }

  it('takes case c (a 9-year-old with absence epilepsy) through registration by her mother, the history and the mother’s consent', async () => {
    const fixture = fixtureCase('case-c-paediatric-epilepsy-guardian.json');
    const child = fixture.patient;
    const mother = fixture.proxy!;
    const email = `divya.menon.${Date.now()}@example.org`;
    const page = await newPage();
    await signUp(page, platform, { kind: 'proxy', name: mother.fullName, email });

    await page.getByText('You are not acting for anyone yet.').waitFor();
    await page
      .getByRole('link', { name: 'Register someone for a second opinion (their details)' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Register someone I care for' }).waitFor();
    await page.getByLabel('Who you are to them').selectOption(mother.relationship);
    await page.getByLabel('Full name').fill(child.fullName);
    await page.getByLabel('Name in a local script (optional)').fill(child.nameLocal);
    await page.getByLabel('Sex', { exact: true }).selectOption(child.sex);
    await page.getByLabel('Preferred language for calls').selectOption('ml');
    const address = page.getByRole('group', { name: 'Address' });
    await address.getByLabel('House, street').fill(child.address.line1);
    await address.getByLabel('Area, landmark (optional)').fill(child.address.line2!);
    await address.getByLabel('City, town or village').fill(child.address.city);
    await address.getByLabel('District (optional)').fill(child.address.district);
    await address
      .getByLabel('State or union territory')
      .selectOption(STATE_CODES[child.address.state]!);
    await address.getByLabel('PIN code').fill(child.address.postalCode);
    const identity = page.getByRole('group', { name: 'Identity document', exact: true });
    await identity.getByLabel('Document', { exact: true }).selectOption('BIRTH_CERTIFICATE');
    await identity.getByLabel('Document number').fill('KL-EKM-2017-004512');

    // A child: the guardian's part appears once the date of birth says she is under 18.
    const guardian = page.getByRole('group', { name: 'Parent or legal guardian' });
    expect(await guardian.count()).toBe(0);
    await page.getByLabel('Date of birth').fill(child.dateOfBirth);
    await guardian.getByText('The patient is 9.').waitFor();
    expect(await guardian.getByLabel('Guardian’s full name').inputValue()).toBe(mother.fullName);
    await guardian.getByLabel('Who they are to the patient').selectOption(mother.relationship);
    await guardian.getByLabel('Guardian’s mobile number').fill(mother.phone);
    const guardianDocument = guardian.getByRole('group', { name: 'Guardian’s identity document' });
    await guardianDocument.getByLabel('Document', { exact: true }).selectOption('PAN');
    await guardianDocument.getByLabel('Document number').fill('BNZPM2501F');
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'patient-register-child.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText(`The details of ${child.fullName} are saved.`).waitFor();

    await page.getByRole('link', { name: 'Start a new case' }).click();
    await page.waitForURL('**/patient/cases/*/intake/1');
    const caseUrl = page.url().replace(/\/intake\/1$/, '');
    await page
      .getByRole('heading', { level: 1, name: `Case history of ${child.fullName}` })
      .waitFor();
    await fillStepsOneToFour(page, fixture);

    // The connection drops while she types the questions: the page says so, keeps them, and
    // saves them once it is back.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('SaveCaseIntake')
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    for (const [index, question] of fixture.questions.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Add a question' }).click();
      await page.getByLabel(`Question ${index + 1}`, { exact: true }).fill(question);
    }
    const failed = page.getByRole('alert').filter({ hasText: 'Consilium could not be reached' });
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toContain('We will try again in');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again now' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();
    expect(await failed.count()).toBe(0);
    await next(page, 6);
    await next(page, 7);
    const place = page.getByRole('group', { name: 'Where the patient is now' });
    await place.getByLabel('City, town or village').fill(child.address.city);
    await place
      .getByLabel('State or union territory')
      .selectOption(STATE_CODES[child.address.state]!);
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByText('Amoxicillin-clavulanate', { exact: false }).waitFor();
    await review.getByText('Kochi · Kerala').waitFor();
    await page.getByRole('button', { name: 'Submit the case' }).click();

    await page.waitForURL('**/consent');
    await page.locator('#consent-signer', { hasText: 'Mother of Aadhya' }).waitFor();
    const agree = page.getByLabel(/^I have read the privacy notice and the consent/);
    await agree.check();
    await page.getByLabel('Your full name').fill(mother.fullName);
    await drawSignature(page, page.locator('canvas.signature-pad'));
    await page.getByText('Signature drawn.').waitFor();

    // Meanwhile operations publish a new consent text: it is shown to be read and signed again.
    await publishConsentVersion('v2');
    await page.getByRole('button', { name: 'Sign the consent' }).click();
    const changed = page.getByRole('alert').filter({ hasText: 'The consent has changed' });
    await changed.waitFor();
    await expect(changed.textContent()).resolves.toContain('(v2)');
    expect(await agree.isChecked()).toBe(false);
    await agree.check();
    await drawSignature(page, page.locator('canvas.signature-pad'));
    await page.getByText('Signature drawn.').waitFor();
    await page.getByRole('button', { name: 'Sign the consent' }).click();

    await page.waitForURL(caseUrl);
    await waitForStage(page, 'Consent signed');
    await expect(page.locator('#consent-relationship').textContent()).resolves.toBe('Mother');
    expect(await page.getByText(mother.fullName, { exact: true }).count()).toBeGreaterThan(0);
    expect(await wcagViolations(page)).toEqual([]);

    // Withdrawing the consent stops the case.
    await page.getByRole('button', { name: 'Withdraw consent…' }).click();
    await page.getByLabel('Why (optional)').fill('We found a neurologist nearby.');
    await page.getByRole('button', { name: 'Withdraw consent and stop the case' }).click();
    await waitForStage(page, 'Cancelled');
    expect(await page.getByRole('button', { name: 'Withdraw consent…' }).count()).toBe(0);
  });
});
