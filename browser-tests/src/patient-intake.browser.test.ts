import path from 'node:path';
import { signUp } from './support/accounts';
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

describe('A patient registers, tells their history, submits and consents in Chromium', () => {
  const platform = withPlatformAndChromium(14560);
  const newPage = withFreshPages(platform);

  it('takes case b (lumbar disc) from sign-up to a signed consent, losing nothing on a reload', async () => {
    const fixture = fixtureCase('case-b-lumbar-disc-single.json');
    const patient = fixture.patient;
    const email = `nikhil.bhardwaj.${Date.now()}@example.com`;
    const page = await newPage();
    await signUp(page, platform, {
      kind: 'patient',
      name: patient.fullName,
      email,
    });

    // A new patient is asked for their details first.
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByRole('link', { name: 'Register the patient’s details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    expect(await page.getByLabel('Full name').inputValue()).toBe(patient.fullName);
    await page.getByLabel('Name in a local script (optional)').fill(patient.nameLocal);
    await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
    await page.getByLabel('Sex', { exact: true }).selectOption(patient.sex);
    await page.getByLabel('Preferred language for calls').selectOption('hi');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('House, street').fill(patient.address.line1);
    await page.getByLabel('City, town or village').fill(patient.address.city);
    await page.getByLabel('District (optional)').fill(patient.address.district);
    await page
      .getByLabel('State or union territory')
      .selectOption(STATE_CODES[patient.address.state]!);
    await page.getByLabel('PIN code').fill(patient.address.postalCode);
    const identity = page.getByRole('group', { name: 'Identity document' });
    await identity.getByLabel('Document', { exact: true }).selectOption('AADHAAR');
    await identity.getByText('We keep only the last 4 digits of an Aadhaar number').waitFor();
    await identity.getByLabel('Document', { exact: true }).selectOption('PAN');
    await identity.getByLabel('Document number').fill('ABCDE1234F');

    // A mobile number one digit short: the shared rule says so at the field, which takes focus.
    const phone = page.getByLabel('Mobile number', { exact: true });
    await phone.fill('98682 2785');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.locator('#patient-phone-error').waitFor();
    await expect(page.locator('#patient-phone-error').textContent()).resolves.toContain(
      'An Indian mobile number has 10 digits (9 were entered)',
    );
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.getAttribute('aria-describedby')).toContain('patient-phone-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('patient-phone');
    expect(await wcagViolations(page)).toEqual([]);

    // Typed the Indian way; the server stores E.164 and the page shows it.
    await phone.fill(`0${patient.phone!.slice(3, 8)} ${patient.phone!.slice(8)}`);
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText(`The details of ${patient.fullName} are saved.`).waitFor();
    await page.getByText(`Stored as ${patient.phone}.`).first().waitFor();
    expect(await phone.inputValue()).toBe(patient.phone);
    expect(await phone.getAttribute('aria-invalid')).toBeNull();

    // The wizard: a draft case, steps 1 to 4 with the fixture's history.
    await page.getByRole('link', { name: 'Start a new case' }).click();
    await page.waitForURL('**/patient/cases/*/intake/1');
    const caseUrl = page.url().replace(/\/intake\/1$/, '');
    const progress = page.getByRole('navigation', { name: 'Steps of the case history' });
    await progress.getByText('Step 1 of 7').waitFor();
    expect(await progress.locator('[aria-current="step"]').textContent()).toBe(
      'Complaint and symptoms',
    );
    await fillStepsOneToFour(page, fixture);
    expect(await wcagViolations(page)).toEqual([]);

    // Step 5: questions with a live counter; a reload in the middle loses nothing.
    const first = page.getByLabel('Question 1', { exact: true });
    await first.fill(fixture.questions[0]!);
    await page
      .getByText(`${fixture.questions[0]!.length} of 1,000 characters`, { exact: true })
      .waitFor();
    for (const [index, question] of fixture.questions.slice(1, 3).entries()) {
      await page.getByRole('button', { name: 'Add a question' }).click();
      await page.getByLabel(`Question ${index + 2}`, { exact: true }).fill(question);
    }
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Step 5 of 7/ }).waitFor();
    for (const [index, question] of fixture.questions.slice(0, 3).entries()) {
      expect(await page.getByLabel(`Question ${index + 1}`, { exact: true }).inputValue()).toBe(
        question,
      );
    }
    for (const [index, question] of fixture.questions.slice(3).entries()) {
      await page.getByRole('button', { name: 'Add a question' }).click();
      await page.getByLabel(`Question ${index + 4}`, { exact: true }).fill(question);
    }
    // A question over 1,000 characters: the counter says so, Next refuses at the field.
    await page.getByRole('button', { name: 'Add a question' }).click();
    const tooLong = page.getByLabel('Question 6', { exact: true });
    await tooLong.fill('x'.repeat(1005));
    await page.getByText('5 characters too many').first().waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.locator('#intake-questions-5-error').waitFor();
    await expect(page.locator('#intake-questions-5-error').textContent()).resolves.toContain(
      'At most 1,000 characters (1,005 were entered).',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-questions-5');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove Question 6' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();
    await next(page, 6);

    // Step 6: the reports (uploading them is patient-uploads.browser.test.ts); none yet.
    await page
      .getByRole('region', { name: 'Your reports' })
      .getByText('No reports uploaded yet.')
      .waitFor();
    await next(page, 7);

    // Step 7: where the patient is, the review, submit.
    const place = page.getByRole('group', { name: 'Where the patient is now' });
    await place.getByLabel('City, town or village').fill(patient.address.city);
    await place
      .getByLabel('State or union territory')
      .selectOption(STATE_CODES[patient.address.state]!);
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByText(fixture.symptoms[3]!.description, { exact: false }).waitFor();
    await review.getByText(fixture.questions[4]!).waitFor();
    await review.getByText('Gurugram · Haryana').waitFor();
    expect(await review.getByText('Still missing before you can submit').count()).toBe(0);
    // The completeness check: an MRI report is what a disc herniation case usually needs.
    const reports = review.getByRole('region', { name: 'Reports the specialists usually need' });
    await reports.getByRole('row', { name: /MRI report of the spine.*Not uploaded yet/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'patient-intake-review.png') });
    await page.getByRole('button', { name: 'Submit the case' }).click();

    // Consent: both documents, PDF before signing, a drawn signature.
    await page.waitForURL('**/consent');
    await page.getByRole('heading', { level: 1, name: /^Consent for the case of/ }).waitFor();
    const pdf = page.getByRole('link', { name: /^Download .*\(PDF\)$/ }).last();
    const pdfPath = (await pdf.getAttribute('href')) ?? '';
    const download = await page.request.get(`${platform.origin}${pdfPath}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    expect(await page.locator('article[lang="hi"]').count()).toBe(2);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('#consent-signer').textContent()).toBe('Self');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign the consent' }).click();
    await page.locator('#consent-agreed-error').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consent-agreed');
    await page.getByLabel(/^I have read the privacy notice and the consent/).check();
    await page.getByLabel('Your full name').fill(patient.fullName);
    await drawSignature(page, page.locator('canvas.signature-pad'));
    await page.getByText('Signature drawn.').waitFor();
    // Errors that are no longer true leave the screen as the fields are corrected.
    expect(await page.locator('#consent-agreed-error, #consent-signatureImage-error').count()).toBe(
      0,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'patient-consent.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sign the consent' }).click();

    // The case page: consented, signed by the patient as themself.
    await page.waitForURL(caseUrl);
    await page.getByText('Thank you: the consent is signed.').waitFor();
    await waitForStage(page, 'Consent signed');
    await expect(page.locator('#consent-relationship').textContent()).resolves.toBe('Self');
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'patient-case.png'), fullPage: true });

    // My cases links the case, now past the draft.
    await page.getByRole('link', { name: 'Back to my cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByRole('link', { name: /^Case submitted/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Continue the case history' }).count()).toBe(0);

    // Someone else's case (or one that does not exist) says so, rather than offering a retry.
    await page.goto(`${platform.origin}/patient/cases/019ad000-0000-7000-8000-00000000dead`);
    await page.getByRole('alert').filter({ hasText: 'You may not see this' }).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  });
});
