import fs from 'node:fs';
import path from 'node:path';
import { signInAs, signUp } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 10: the patient shares a case with a partner organisation from the case page and stops
// sharing it; the partner sees its status only while it is shared. A patient a partner referred
// follows the invitation's link, enters the code and finds the draft among their cases.

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DEMO_CASE = '019ad000-0000-7000-8000-000000000101';
const INSURER = 'Demo Health Insurance';
const PARTNER_CREDENTIALS = 'partner_demo_insurer:demo-partner-secret-2026';

/** The partner's safelisted operations (SHA-256 → document), as `pnpm codegen` wrote them. */
const SAFELIST = JSON.parse(
  fs.readFileSync(
    path.resolve(__dirname, '../../gateway/src/partners/client/gql/persisted-documents.json'),
    'utf8',
  ),
) as Record<string, string>;

/** The hash of a safelisted operation by its name. */
function hashOf(operation: string): string {
  const found = Object.entries(SAFELIST).find(([, document]) =>
    document.includes(` ${operation}(`),
  );
  if (!found) throw new Error(`${operation} is not safelisted`);
  return found[0].replace(/^sha256:/, '');
}

/** A partner call through the gateway, by the operation's hash, as partners make them. */
async function asPartner(
  origin: string,
  operation: string,
  variables: Record<string, unknown>,
): Promise<{
  data?: Record<string, { id?: string; stage?: string } | null> | null;
  errors?: { extensions?: { code?: string } }[];
}> {
  const token = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(PARTNER_CREDENTIALS).toString('base64')}`,
    },
    body: 'grant_type=client_credentials&scope=cases:read-status cases:refer',
  });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const sha256Hash = hashOf(operation);
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  return (await response.json()) as never;
}

/** Waits until the partner's view of the demo case is as expected (events arrive a moment later). */
async function partnerSees(
  origin: string,
  expected: 'AWAITING_PAYMENT' | 'FORBIDDEN',
): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    const result = await asPartner(origin, 'PartnerCaseStatus', { id: DEMO_CASE });
    seen = result.data?.['case']?.stage ?? result.errors?.[0]?.extensions?.code ?? 'nothing';
    if (seen === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(seen).toBe(expected);
}

describe('Partner organisations in the patient app', () => {
  const platform = withPlatformAndChromium(14960);
  const newPage = withFreshPages(platform);

  it('shares a case with an insurer, then stops sharing it', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.goto(`${platform.origin}/patient/cases/${DEMO_CASE}`);
    const section = page.getByRole('region', { name: 'Share with an organisation' });
    await section.waitFor();
    await section.getByText('This case is not shared with any organisation.').waitFor();
    await partnerSees(platform.origin, 'FORBIDDEN');

    await section.getByRole('button', { name: 'Share', exact: true }).click();
    await section.getByText('Choose the organisation to share with.').waitFor();
    await section.getByLabel('Organisation', { exact: true }).selectOption({ label: INSURER });
    await section.getByLabel('Also let them download the final report').check();
    await section.getByRole('button', { name: 'Share', exact: true }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `Shared with ${INSURER}.` })
      .waitFor();
    await section.getByRole('listitem').filter({ hasText: 'status and final report' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await section.screenshot({ path: path.join(SCREENSHOTS, 'patient-partner-sharing.png') });
    await partnerSees(platform.origin, 'AWAITING_PAYMENT');

    await section.getByRole('button', { name: `Stop sharing with ${INSURER}` }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `No longer shared with ${INSURER}.` })
      .waitFor();
    await section.getByText('This case is not shared with any organisation.').waitFor();
    await partnerSees(platform.origin, 'FORBIDDEN');
    await page.getByText('Stopped sharing with an organisation').first().waitFor();
  });

  it('lets a referred patient claim the draft a partner started, from the invitation', async () => {
    const email = 'meera.referred@example.org';
    const referred = await asPartner(platform.origin, 'ReferCase', {
      input: {
        idempotencyKey: crypto.randomUUID(),
        fullName: 'Meera Pillai',
        birthDate: '1980-02-29',
        gender: 'FEMALE',
        email,
        preferredLanguage: 'en',
        referralNote: 'Second opinion on a proposed knee replacement.',
      },
    });
    const caseId = referred.data?.['referCase'] as unknown as { case: { id: string } };
    expect(caseId.case.id).toMatch(/^[0-9a-f-]{36}$/);

    const page = await newPage();
    await signUp(page, platform, { kind: 'patient', name: 'Meera Pillai', email });
    // the invitation, as operations read it in the Mailbox
    const desk = await newPage();
    await signInAs(desk, platform.origin, 'operations');
    await desk.goto(`${platform.origin}/admin/mailbox`);
    const invitation = desk
      .getByRole('article')
      .filter({ hasText: 'Consilium: complete your second-opinion request' })
      .first();
    await invitation.waitFor();
    const link = /\/patient\/referral\?code=[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(
      (await invitation.textContent()) ?? '',
    )?.[0];
    expect(link).toBeDefined();

    await page.goto(`${platform.origin}${link}`);
    await page
      .getByRole('heading', { level: 1, name: 'Complete a request started for you' })
      .waitFor();
    expect(await page.getByLabel('Invitation code').inputValue()).toMatch(
      /^[A-Z2-9]{4}-[A-Z2-9]{4}$/,
    );
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add to my cases' }).click();
    await page.waitForURL(`**/patient/cases/${caseId.case.id}`);
    await page.getByText('Draft', { exact: true }).first().waitFor();

    // the same code again is refused at its field
    await page.goto(`${platform.origin}${link}`);
    await page.getByRole('button', { name: 'Add to my cases' }).click();
    await page.getByText(/This invitation code is not valid/).waitFor();
  });
});
