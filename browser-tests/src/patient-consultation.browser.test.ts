import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { deliverEvent, paymentCaptured, withEventsToken } from './support/events';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 8, journey step 6 in the patient app: on the demo case (paid here, a board of three),
// Dr Sunanda Iyer logs a call, offers times for a video call (and one clashing time for a phone
// call) and asks for an X-ray through the API. The patient sees each specialist's contact, books
// a time and gets the join link, meets a time taken meanwhile and declines it with a reason; her
// proxy answers the request with an uploaded report, and the "asked you for a test" notice goes.

const PORT = 14820;
const CASE = DEMO_IDS.case;
const FILES = path.resolve(__dirname, '../../../shared/fixtures/files');
const XRAY = 'echocardiography-report-case-e.jpg';
const QUESTION = 'Please upload your latest echocardiogram report, done before trastuzumab.';

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
async function signIn(origin: string, login: string): Promise<string> {
  const response = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`sign-in as ${login} failed: ${JSON.stringify(body)}`);
  return body.accessToken;
}

/**
 * The next two wall-clock starts inside a specialist's weekly hours, from tomorrow on (in their
 * zone): the first window's start and half an hour later.
 */
function nextStarts(
  windows: { weekday: string; start: string; end: string }[],
  timeZone: string,
): [string, string] {
  for (let day = 1; day <= 14; day += 1) {
    const at = new Date(Date.now() + day * 24 * 3600 * 1000);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone })
      .format(at)
      .toUpperCase();
    const window = windows.find((slot) => slot.weekday === weekday && slot.end > slot.start);
    if (!window) continue;
    const [hours, minutes] = window.start.split(':').map(Number) as [number, number];
    const later = hours * 60 + minutes + 30;
    const second = `${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`;
    return [`${date}T${window.start}`, `${date}T${second}`];
  }
  throw new Error('no consulting window in the next two weeks');
}

/** The consultation page of the demo case, opened from the case page's link. */
async function openConsultation(page: Page, origin: string, link: RegExp): Promise<void> {
  await page.goto(`${origin}/patient/cases/${CASE}`);
  await page.getByRole('link', { name: link }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Consultation for Kavita Deshpande’s case' })
    .waitFor();
}

describe('The patient’s side follows the consultation: contact, appointments and requests', () => {
  // the platform's services accept events from whoever knows this token (set before it starts)
  const eventsToken = withEventsToken();
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);

  beforeAll(async () => {
    const { origin } = platform;
    // The fee is paid (what billing would publish): intake, matching (the 48-hour clocks start)
    // and records learn it.
    const paid = paymentCaptured(CASE, DEMO_IDS.patient);
    await deliverEvent(PORT, [1, 2, 4], eventsToken, paid);
    const sunanda = await signIn(origin, DEMO_ACCOUNTS.specialist.login);
    await graphql(
      origin,
      sunanda,
      'mutation ($input: ContactLogInput!) { logContact(input: $input) { id } }',
      {
        input: {
          caseId: CASE,
          channel: 'PHONE',
          occurredAt: new Date().toISOString(),
          note: 'Introduced myself and explained the next steps.',
        },
      },
    );
    const { specialist } = await graphql<{
      specialist: {
        timeZone: string;
        weeklyAvailability: { weekday: string; start: string; end: string }[];
      };
    }>(
      origin,
      sunanda,
      'query ($id: ID!) { specialist(id: $id) { timeZone weeklyAvailability { weekday start end } } }',
      { id: DEMO_IDS.specialists[0] },
    );
    const [first, second] = nextStarts(specialist.weeklyAvailability, specialist.timeZone);
    const propose = (mode: string, starts: string[]): Promise<unknown> =>
      graphql(
        origin,
        sunanda,
        'mutation ($input: AppointmentProposalInput!) { proposeAppointment(input: $input) { id } }',
        {
          input: {
            caseId: CASE,
            mode,
            durationMinutes: 30,
            slots: starts.map((localStart) => ({ localStart, timeZone: specialist.timeZone })),
          },
        },
      );
    await propose('VIDEO', [first, second]);
    // a phone call offered at the video call's first time: taken once that is booked
    await propose('PHONE', [first]);
    await graphql(
      origin,
      sunanda,
      'mutation ($caseId: ID!, $question: String!) { requestInformation(caseId: $caseId, kind: TEST, question: $question) { id } }',
      { caseId: CASE, question: QUESTION },
    );
  });

  it('shows the patient each specialist’s contact and lets her book a time and join the video call', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.goto(`${platform.origin}/patient/cases/${CASE}`);
    await page
      .getByRole('heading', { level: 2, name: 'Dr Sunanda Iyer asked you for a test' })
      .waitFor();
    await openConsultation(page, platform.origin, /choose times for 2 appointments/);

    const contacts = page.getByRole('region', { name: 'Your specialists’ contact' });
    await contacts.getByText(/^Dr Sunanda Iyer contacted you on .+ IST\.$/).waitFor();
    await contacts.getByText(/^Dr Vikram Sethi will contact you by .+ IST\.$/).waitFor();
    await contacts.getByText(/^Dr Ananya Ghosh will contact you by .+ IST\.$/).waitFor();
    await contacts.getByText('Registration: Tamil Nadu Medical Council, TNMC/90412').waitFor();
    await contacts.getByText('Phone call with Dr Sunanda Iyer').waitFor();
    await contacts.getByText('Introduced myself and explained the next steps.').waitFor();

    const video = page.getByRole('article', { name: 'Video call with Dr Sunanda Iyer' });
    const times = video.getByRole('group', { name: 'Choose a time (30 minutes)' });
    expect(await times.getByRole('radio').count()).toBe(2);
    await video.getByRole('button', { name: 'Book this time' }).click();
    await video.getByText('Choose one of the times.').waitFor();
    const firstTime = times.getByRole('radio').first();
    const label = (await times.locator('label').first().textContent()) ?? '';
    expect(label).toMatch(/ IST$/);
    await firstTime.check();
    await video.getByRole('button', { name: 'Book this time' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Booked: your appointment with Dr Sunanda Iyer is on ${label}.` })
      .waitFor();
    const join = video.getByRole('link', { name: /^Join video call/ });
    expect(await join.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await join.getAttribute('target')).toBe('_blank');
    expect(await join.getAttribute('rel')).toContain('noopener');
    await video.getByText(`${label} until`, { exact: false }).waitFor();
    await video.getByText('Booked', { exact: true }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // The phone call's only time is now taken: said clearly, then declined with a reason.
    const phone = page.getByRole('article', { name: 'Phone call with Dr Sunanda Iyer' });
    await phone.getByRole('radio').first().check();
    await phone.getByRole('button', { name: 'Book this time' }).click();
    await phone
      .getByRole('alert')
      .getByText(/That time is no longer free/)
      .waitFor();
    await phone.getByRole('button', { name: 'None of these times suits me' }).click();
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByText('Say why, so the specialist understands.').waitFor();
    expect(await phone.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    await phone.getByLabel('Reason').fill('That time is already my video call with you.');
    await phone.getByRole('button', { name: 'Send' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Dr Sunanda Iyer is told that none of these times suits you.' })
      .waitFor();
    await phone.getByText('Cancelled: That time is already my video call with you.').waitFor();
  });

  it('lets her proxy answer the request with an uploaded report, and the notice goes', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'proxy');
    await openConsultation(page, platform.origin, /^Your consultation/);
    const notice = page.getByRole('heading', {
      level: 2,
      name: 'Dr Sunanda Iyer asked you for a test',
    });
    await notice.waitFor();
    const request = page.getByRole('article', { name: 'Test asked for by Dr Sunanda Iyer' });
    await request.getByText(QUESTION).waitFor();
    await request.getByRole('button', { name: 'Answer Dr Sunanda Iyer' }).click();
    await request.getByRole('button', { name: 'Send answer' }).click();
    await request.getByText('Write your answer.').waitFor();
    await request
      .getByLabel('Your answer')
      .fill('Done on 2 December at Ruby Hall Clinic, Pune; the report is attached.');
    await request.getByLabel('Choose files').setInputFiles(path.join(FILES, XRAY));
    await request.getByLabel(`Kind of report: ${XRAY}`).selectOption('IMAGING_REPORT');
    await request.getByRole('button', { name: 'Upload 1 file' }).click();
    await request.getByText('1 report will be sent with your answer:').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await request.getByRole('button', { name: 'Send answer' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your answer and 1 report were sent to Dr Sunanda Iyer.' })
      .waitFor();
    await notice.waitFor({ state: 'detached' });
    await request.getByText('Answered', { exact: true }).waitFor();
    await request.getByText(/^Answered on .+ IST$/).waitFor();
    await request.getByRole('listitem').filter({ hasText: XRAY }).waitFor();

    // On the case page the notice is gone too, and the case is back in consultation.
    await page.getByRole('link', { name: '← Back to the case' }).click();
    await page.getByRole('link', { name: /^Your consultation/ }).waitFor();
    expect(await page.getByText('asked you for a test').count()).toBe(0);
    for (let attempt = 0; attempt < 30; attempt += 1) {
      if ((await page.locator('#case-stage').textContent()) === 'In consultation') break;
      await page.waitForTimeout(500);
      await page.reload();
      await page.locator('#case-stage').waitFor();
    }
    expect(await page.locator('#case-stage').textContent()).toBe('In consultation');
  });
});
