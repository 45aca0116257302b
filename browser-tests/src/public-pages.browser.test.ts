import path from 'node:path';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import type { Page } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

/** The public pages, their English and Hindi headings, and what shows once their data is in. */
const PAGES = [
  {
    path: '/',
    en: 'Expert second opinions from India’s leading specialists',
    hi: 'भारत के प्रमुख विशेषज्ञों से दूसरी राय',
  },
  { path: '/how-it-works', en: 'How Consilium works', hi: 'कॉन्सिलियम कैसे काम करता है' },
  { path: '/second-opinion-reasons', en: 'When to seek a second opinion', hi: 'दूसरी राय कब लें' },
  { path: '/prices', en: 'Prices', hi: 'शुल्क', loaded: 'table' },
  { path: '/specialists', en: 'Our specialists', hi: 'हमारे विशेषज्ञ', loaded: 'article' },
  {
    path: '/privacy',
    en: 'Privacy and grievances',
    hi: 'गोपनीयता और शिकायतें',
    loaded: 'a[href$=".pdf"]',
  },
] as const;

const STEPS = [
  'Step 1: Register',
  'Step 2: Tell us the medical history',
  'Step 3: Give your consent',
  'Step 4: Choose your doctors',
  'Step 5: Confirmation and payment',
  'Step 6: Consultation',
  'Step 7: Review of your case',
  'Step 8: Report and lifetime record',
];

const REASONS = [
  'Weighing the treatment options',
  'Answers that left you unsure',
  'Reassurance before you decide',
  'Finding the right doctor or hospital',
  'Your insurer or employer asks for one',
  'Your doctor refers you to a specialist',
];

interface PriceList {
  currentPriceList: {
    currency: string;
    entries: { minSpecialists: number; amount: number }[];
    includes: string[];
    excludes: string[];
  };
}

const DEVANAGARI = /[\u0900-\u097F]/;

describe('The public pages, for a visitor who has not signed in, in Chromium', () => {
  const platform = withPlatformAndChromium(14920);
  const openPage = withFreshPages(platform);

  /** Opens a public page and waits for its heading and, where it reads the gateway, its data. */
  const openPublic = async (page: Page, entry: (typeof PAGES)[number]): Promise<void> => {
    const response = await page.goto(`${platform.origin}${entry.path}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: entry.en }).waitFor();
    if ('loaded' in entry) await page.locator(`main ${entry.loaded}`).first().waitFor();
  };

  it('answers each page with status 200, linked from the header, the home page and the sign-in page', async () => {
    const page = await openPage();
    for (const entry of PAGES) await openPublic(page, entry);

    await page.goto(`${platform.origin}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const header = page.getByRole('navigation', { name: 'About Consilium' });
    const main = page.getByRole('main');
    for (const entry of PAGES.slice(1)) {
      expect(
        await main.getByRole('link', { name: entry.en, exact: true }).getAttribute('href'),
      ).toBe(entry.path);
      expect(await header.locator(`a[href="${entry.path}"]`).count()).toBe(1);
    }
    await header.getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy and grievances' }).waitFor();
    expect(await header.getByRole('link', { name: 'Privacy' }).getAttribute('aria-current')).toBe(
      'page',
    );

    await page.getByRole('banner').getByRole('link', { name: 'Consilium' }).click();
    await page.getByRole('heading', { level: 1, name: PAGES[0].en }).waitFor();
    await main.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.goBack();
    await main.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
  });

  it('shows the eight steps, what the patient and Consilium do at each, and the 48-hour promise', async () => {
    const page = await openPage();
    await openPublic(page, PAGES[1]);
    const steps = page.locator('ol.steps > li');
    expect(await steps.count()).toBe(8);
    expect(await steps.getByRole('heading', { level: 3 }).allTextContents()).toEqual(STEPS);
    for (const text of await steps.allTextContents()) {
      expect(text).toContain('What you do');
      expect(text).toContain('What Consilium does');
    }
    const promise = page.getByRole('region', { name: 'Our 48-hour promise' });
    await expect(promise.textContent()).resolves.toContain(
      'Within 48 hours of your payment, every specialist on your case contacts you.',
    );
    await expect(steps.nth(5).textContent()).resolves.toContain('within 48 hours of your payment');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'public-how-it-works.png'),
      fullPage: true,
    });
  });

  it('gives the six reasons for a second opinion, each with an example', async () => {
    const page = await openPage();
    await openPublic(page, PAGES[2]);
    const reasons = page.locator('ul.reasons > li');
    expect(await reasons.getByRole('heading', { level: 2 }).allTextContents()).toEqual(REASONS);
    for (const text of await reasons.allTextContents()) expect(text).toContain('For example:');
    await expect(reasons.first().textContent()).resolves.toContain(
      'radiotherapy, immunotherapy or targeted therapy',
    );
  });

  it('shows the price list billing has in force, read through the gateway without a token', async () => {
    const direct = await postGraphQL<PriceList>(
      `${platform.origin}/graphql`,
      '{ currentPriceList { currency entries { minSpecialists amount } includes excludes } }',
    );
    expect(direct.errors).toBeUndefined();
    const list = direct.data!.currentPriceList;

    const page = await openPage();
    const sent: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) {
        void request.allHeaders().then((headers) => sent.push(headers['authorization']));
      }
    });
    await openPublic(page, PAGES[3]);
    const rows = await page.getByRole('table').locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t'))).toEqual([
      ['1 specialist', '₹2,500.00'],
      ['2 specialists', '₹3,500.00'],
      ['A board of 3 or more specialists', '₹5,000.00'],
    ]);
    const inr = new Intl.NumberFormat('en-IN', { style: 'currency', currency: list.currency });
    expect(rows.map((row) => row.split('\t')[1])).toEqual(
      list.entries.map((entry) => inr.format(entry.amount / 100)),
    );
    const includes = page.getByRole('list', { name: 'Every fee includes' }).getByRole('listitem');
    const excludes = page.getByRole('list', { name: 'No fee includes' }).getByRole('listitem');
    expect(await includes.allTextContents()).toEqual(list.includes);
    expect(await excludes.allTextContents()).toEqual(list.excludes);
    expect(list.includes).toContain('Case and referral summary');
    expect(list.excludes).toContain('Additional investigations or imaging');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((authorization) => authorization === undefined)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'public-prices.png'), fullPage: true });
  });

  it('previews verified specialists from the directory and sends "Choose your doctors" to sign-up', async () => {
    const page = await openPage();
    await openPublic(page, PAGES[4]);
    const cards = page.getByRole('article');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    const iyer = cards.filter({ hasText: 'Sunanda Iyer' });
    const card = (await iyer.innerText()).replace(/\s+/g, ' ');
    for (const fact of [
      'Medical Oncology',
      'MBBS, MD (Medicine), DM (Medical Oncology)',
      'AIIMS New Delhi',
      'English, Tamil, Hindi',
      'Chennai',
      'TNMC/90412',
    ]) {
      expect(card).toContain(fact);
    }
    await page.getByRole('link', { name: 'Choose your doctors' }).click();
    await page.waitForURL('**/sign-up');
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
  });

  it('links the privacy notice in force and gives the Grievance Officer’s contact', async () => {
    const page = await openPage();
    await openPublic(page, PAGES[5]);
    const pdf = page.getByRole('link', { name: 'Download the privacy notice (PDF, version v1)' });
    const href = await pdf.getAttribute('href');
    expect(href).toBe('/legal-documents/privacy-notice/v1.pdf');
    const file = await fetch(`${platform.origin}${href}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');

    const officer = page.getByRole('region', { name: 'Grievance Officer' });
    const text = (await officer.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Grievance Officer, Consilium Health Private Limited');
    expect(text).toContain('New Delhi');
    expect(text).toContain('within 48 hours');
    expect(text).toContain('within 7 days');
    expect(text).toContain('Data Protection Board of India');
    expect(
      await officer.getByRole('link', { name: 'grievance@consilium.example' }).getAttribute('href'),
    ).toBe('mailto:grievance@consilium.example');

    await page.getByText('Read the privacy notice here').click();
    await page.getByRole('heading', { level: 3, name: '6. How to complain' }).waitFor();
  });

  it('switches the public pages to Hindi, headings and all', async () => {
    const page = await openPage();
    await openPublic(page, PAGES[0]);
    await page.getByLabel('Language').selectOption('hi');
    await page.getByRole('heading', { level: 1, name: PAGES[0].hi }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    const nav = page.getByRole('navigation', { name: 'कॉन्सिलियम के बारे में' });
    for (const entry of PAGES.slice(1)) {
      await nav.locator(`a[href="${entry.path}"]`).click();
      await page.getByRole('heading', { level: 1, name: entry.hi }).waitFor();
      if ('loaded' in entry) await page.locator(`main ${entry.loaded}`).first().waitFor();
      // every heading is Hindi (a specialist's card is headed by their name, as written)
      const headings = await page
        .locator(entry.path === '/specialists' ? 'main h1' : 'main :is(h1, h2, h3)')
        .allTextContents();
      expect(headings.filter((heading) => !DEVANAGARI.test(heading))).toEqual([]);
      await page.waitForFunction((title) => document.title === title, `${entry.hi} – कॉन्सिलियम`);
      if (entry.path === '/prices') {
        const rows = await page.getByRole('table').locator('tbody tr').allInnerTexts();
        expect(rows.map((row) => row.split('\t'))).toEqual([
          ['1 विशेषज्ञ', '₹2,500.00'],
          ['2 विशेषज्ञ', '₹3,500.00'],
          ['3 या अधिक विशेषज्ञों का बोर्ड', '₹5,000.00'],
        ]);
      }
    }
  });

  it('has no accessibility violations and no sideways scrolling on a 390 px phone, in English and Hindi', async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = (): Promise<number> =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    for (const language of ['en', 'hi'] as const) {
      for (const entry of PAGES) {
        if (language === 'en') await openPublic(page, entry);
        else {
          await page.goto(`${platform.origin}${entry.path}`);
          await page.getByRole('heading', { level: 1, name: entry.hi }).waitFor();
          if ('loaded' in entry) await page.locator(`main ${entry.loaded}`).first().waitFor();
        }
        if (entry.path === '/privacy') await page.locator('details summary').click();
        expect({ page: entry.path, language, overflow: await overflow() }).toEqual({
          page: entry.path,
          language,
          overflow: 0,
        });
        expect(await wcagViolations(page)).toEqual([]);
      }
      if (language === 'en') await page.getByLabel('Language').selectOption('hi');
    }
  });

  it('keeps a signed-in person’s landing page, and offers them their page from the home page', async () => {
    const page = await openPage();
    await signInAs(page, platform.origin, 'patient');
    await page.waitForURL('**/patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'About Consilium' }).count()).toBe(0);
    await page.goto(`${platform.origin}/`);
    const yourPage = page.getByRole('main').getByRole('link', { name: 'Go to your page' });
    expect(await yourPage.getAttribute('href')).toBe('/patient');
    expect(await page.getByRole('main').getByRole('link', { name: 'Sign in' }).count()).toBe(0);
  });
});
