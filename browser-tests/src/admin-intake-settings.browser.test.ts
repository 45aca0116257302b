import { startPlatformProcess, type PlatformProcess } from '@consilium/subgraph-kit/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { launchChromium } from './support/browser';

/** When the shipped v1 of each legal document took effect (the baseline seed). */
const V1_EFFECTIVE_FROM = '2026-11-01T00:00:00Z';

describe('Consent documents and the report completeness table in the operations app', () => {
  let platform: PlatformProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    platform = await startPlatformProcess(14600);
    browser = await launchChromium();
    // A browser far from India: dates must still be shown in India Standard Time.
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-IN',
      timezoneId: 'America/New_York',
    });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInAs(page, platform.origin, 'operations');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  /** The e-consent's part of the page. */
  const consentSection = (): Locator => page.getByRole('region', { name: 'E-consent' });

  it('publishes e-consent v2 from the texts in force, which becomes the version in force with its hash and PDF', async () => {
    await page.getByRole('link', { name: 'Consent and privacy documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consent and privacy documents' }).waitFor();
    const consent = consentSection();
    const inForce = consent.getByRole('region', { name: 'In force now' });
    await inForce.getByText('Consent to an expert medical second opinion').waitFor();
    const [inIndia, inNewYork] = await page.evaluate((iso) => {
      const format = (timeZone?: string): string =>
        new Intl.DateTimeFormat('en-IN', {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        }).format(new Date(iso));
      return [format('Asia/Kolkata'), format()];
    }, V1_EFFECTIVE_FROM);
    expect(inIndia).not.toBe(inNewYork);
    await expect(inForce.textContent()).resolves.toContain(inIndia);
    const v1Hash = (await inForce.locator('code').textContent()) ?? '';
    expect(v1Hash).toMatch(/^[0-9a-f]{64}$/);

    await consent.getByRole('button', { name: 'Publish a new version of the e-consent' }).click();
    const form = consent.getByRole('form', { name: 'Publish a new version of the e-consent' });
    await expect(form.getByLabel('Version', { exact: true }).inputValue()).resolves.toBe('v2');
    const bodyEn = form.getByLabel('Text in English');
    const shippedEn = await bodyEn.inputValue();
    expect(shippedEn).toContain('## What I agree to');
    await bodyEn.fill(
      `${shippedEn}\n\n## 7. Video consultations\n\n- Calls are not recorded.\n- You may ask for an interpreter.`,
    );
    const previewEn = form.getByRole('region', {
      name: 'Preview of the English text, as patients will read it',
    });
    await previewEn.getByRole('heading', { name: '7. Video consultations' }).waitFor();
    await previewEn
      .getByRole('listitem')
      .filter({ hasText: 'You may ask for an interpreter.' })
      .waitFor();
    const bodyHi = form.getByLabel('Text in Hindi');
    await bodyHi.fill(
      `${await bodyHi.inputValue()}\n\n## 7. वीडियो परामर्श\n\nकॉल रिकॉर्ड नहीं की जातीं।`,
    );
    await form
      .getByRole('region', { name: 'Preview of the Hindi text, as patients will read it' })
      .getByRole('heading', { name: '7. वीडियो परामर्श' })
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Publish v2' }).click();
    expect(dialogs.at(-1)).toContain(
      'Every case consented on an older version will ask its patient to consent again.',
    );
    await consent.getByText(/^E-consent v2 is published\. It is in force from /).waitFor();
    await inForce.getByText('v2', { exact: true }).waitFor();
    const v2Hash = (await inForce.locator('code').textContent()) ?? '';
    expect(v2Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(v2Hash).not.toBe(v1Hash);
    await expect(consent.getByRole('row', { name: /^v2 / }).textContent()).resolves.toMatch(
      new RegExp(`In force.*${v2Hash}`),
    );
    await expect(consent.getByRole('row', { name: /^v1 / }).textContent()).resolves.toMatch(
      new RegExp(`Replaced.*${v1Hash}`),
    );

    const href = await inForce
      .getByRole('link', { name: 'E-consent v2 (PDF)' })
      .getAttribute('href');
    expect(href).toBe('/legal-documents/consent/v2.pdf');
    const pdf = await page.request.get(`${platform.origin}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a new version with unchanged texts, and a version already published next to the version', async () => {
    const consent = consentSection();
    await consent.getByRole('button', { name: 'Publish a new version of the e-consent' }).click();
    const form = consent.getByRole('form', { name: 'Publish a new version of the e-consent' });
    const version = form.getByLabel('Version', { exact: true });
    await expect(version.inputValue()).resolves.toBe('v3');
    await form.getByRole('button', { name: 'Publish v3' }).click();
    await form
      .getByRole('alert')
      .getByText(
        'The texts are the same as those of v2, in force now. Change them before publishing.',
      )
      .waitFor();

    const titleEn = form.getByLabel('Title in English');
    await titleEn.fill(`${await titleEn.inputValue()} (revised)`);
    await version.fill('v2');
    await form.getByRole('button', { name: 'Publish v2' }).click();
    await form.getByText('Version v2 is already published. Choose the next number.').waitFor();
    expect(await version.getAttribute('aria-invalid')).toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'legal-consent-version',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      consent
        .getByRole('region', { name: 'In force now' })
        .getByText('v2', { exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(consent.getByRole('row', { name: /^v\d / }).count()).resolves.toBe(2);
  });

  it('adds a completeness row, names a bad ICD-10 code next to its field, and retires the row', async () => {
    await page.getByRole('link', { name: 'Report completeness table' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report completeness table' }).waitFor();
    await page.getByRole('row', { name: /MRI report of the spine/ }).waitFor();

    await page.getByLabel('ICD-10 codes or prefixes').fill('G35');
    await page.getByLabel('Keywords', { exact: true }).fill('multiple sclerosis, demyelination');
    await page.getByLabel('Kind of report').selectOption({ label: 'Imaging report' });
    await page.getByLabel('What the specialist needs, in English').fill('MRI brain and spine');
    await page.getByLabel('The same in Hindi').fill('मस्तिष्क और रीढ़ की MRI');
    await page.getByRole('button', { name: 'Add the row' }).click();
    await page.getByText('Row added: MRI brain and spine.').waitFor();
    const row = page.getByRole('row', { name: /MRI brain and spine/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual([
      'Imaging report',
      'G35',
      'multiple sclerosis, demyelination',
      'Any reason',
    ]);
    expect(await wcagViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Change MRI brain and spine' }).click();
    await page.getByRole('heading', { name: 'Change the row “MRI brain and spine”' }).waitFor();
    const codes = page.getByLabel('ICD-10 codes or prefixes');
    await expect(codes.inputValue()).resolves.toBe('G35');
    await codes.fill('G35, XYZ');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('XYZ is not an ICD-10 code or prefix (e.g. C50 or M51.1).').waitFor();
    expect(await codes.getAttribute('aria-invalid')).toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'requirement-codes',
    );
    await expect(row.textContent()).resolves.not.toContain('XYZ');

    await codes.fill('G35, G37');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Row saved: MRI brain and spine.').waitFor();
    await row.getByRole('cell', { name: 'G35, G37', exact: true }).waitFor();

    await row.getByRole('button', { name: 'Retire MRI brain and spine' }).click();
    expect(dialogs.at(-1)).toBe(
      'Retire the row “MRI brain and spine”? Cases are no longer told they need this report. The row stays in the table, retired, and can be changed and used again.',
    );
    await page.getByText('Row retired: MRI brain and spine.').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /MRI report of the spine/ }).waitFor();

    await page.getByLabel('Show retired rows').check();
    await row.waitFor();
    await row.getByRole('cell', { name: 'Retired', exact: true }).waitFor();
    await expect(row.getByRole('button', { name: /^Retire/ }).count()).resolves.toBe(0);
    await page.getByLabel('Show retired rows').uncheck();
    await row.waitFor({ state: 'detached' });
  });

  it('shows both pages in Hindi', async () => {
    await page.getByLabel('Language').selectOption('hi');
    await page.getByRole('heading', { level: 1, name: 'रिपोर्ट पूर्णता तालिका' }).waitFor();
    const eegRow = page.getByRole('row', { name: /EEG रिपोर्ट/ });
    await eegRow.getByRole('cell', { name: 'लैब रिपोर्ट', exact: true }).waitFor();
    await eegRow.getByRole('cell', { name: 'कोई भी कारण', exact: true }).waitFor();
    await page.getByRole('button', { name: 'पंक्ति जोड़ें' }).waitFor();

    await page.getByRole('link', { name: 'सहमति और गोपनीयता दस्तावेज़' }).click();
    await page.getByRole('heading', { level: 2, name: 'ई-सहमति' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'गोपनीयता सूचना' }).waitFor();
    await page.getByRole('button', { name: 'ई-सहमति का नया संस्करण प्रकाशित करें' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
