import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { Page } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { apiSignIn, callGraphQL } from './support/fixture-case-api';
import { deliverEvent, paymentCaptured, withEventsToken } from './support/events';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 8, consultation: the demo case is paid an hour ago, which starts each board member's
// 48-hour clock to contact the patient. Dr Sunanda Iyer sees her clock count down, logs a phone
// call (a time in the future is refused at its field) and the clock shows done; she proposes
// times (one outside her consulting hours is refused at its row), the patient books one and she
// sees the video link; she asks for a test and reads the answer with its report.

const PORT = 14840;
const CASE = DEMO_IDS.case;
const HOUR = 3600_000;
/** India Standard Time, UTC+05:30 all year (the demo specialist's zone). */
const IST_MS = 5.5 * HOUR;

/** An instant as a `datetime-local` value in India Standard Time. */
function istLocal(instantMs: number): string {
  return new Date(instantMs + IST_MS).toISOString().slice(0, 16);
}

/**
 * The next given weekday (0 Sunday … 6 Saturday), at least two days ahead, at a wall-clock time
 * in India Standard Time, as a `datetime-local` value.
 */
function nextIstWeekday(weekday: number, time: string): string {
  const day = new Date(Date.now() + IST_MS + 2 * 24 * HOUR);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T${time}`;
}

describe('A specialist contacts the patient of a paid case, proposes times and asks for a test', () => {
  // the platform's services accept events from whoever knows this token (set before it starts)
  const eventsToken = withEventsToken();
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let patient = '';

  beforeAll(async () => {
    // The fee was paid an hour ago (what billing would publish): patient-intake, specialist-
    // matching (which starts the 48-hour clocks) and records learn it.
    const paid = paymentCaptured(CASE, DEMO_IDS.patient, 1);
    await deliverEvent(PORT, [1, 2, 4], eventsToken, paid);
    patient = await apiSignIn(platform.origin, 'kavita.deshpande@example.org');
  });

  /** Sunanda's case page, at the contact section. */
  async function openCaseAsSunanda(page: Page): Promise<void> {
    await page.goto(`${platform.origin}/doctor/cases/${CASE}`);
    await page.getByRole('heading', { level: 2, name: 'Contact with the patient' }).waitFor();
  }

  it('shows her 48-hour clock counting down, and done once she logs a contact', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    const clocks = page.getByRole('region', { name: 'Contact the patient within 48 hours' });
    const row = clocks.getByRole('row', { name: /Case of Kavita Deshpande/ });
    const countdown = row.getByText(/^4[67] h \d+ min \d+ s left$/);
    await countdown.waitFor();
    const first = await countdown.textContent();
    await page.waitForTimeout(1500);
    expect(await countdown.textContent()).not.toBe(first);
    await row.getByText(/Due .* \(Asia\/Kolkata\)/).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await row.getByRole('link', { name: 'Case of Kavita Deshpande' }).click();
    const section = page.getByRole('region', { name: 'Contact with the patient' });
    await section.getByText('No contact has been logged yet.').waitFor();
    const form = page.getByRole('form', { name: 'Log a contact' });
    await form.getByLabel('How').selectOption({ label: 'Phone call' });
    await form.getByLabel('When').fill(istLocal(Date.now() + 24 * HOUR));
    await form.getByLabel('Note (optional)').fill('Went through the biopsy report and next steps.');
    await form.getByRole('button', { name: 'Log the contact' }).click();
    const when = form.getByLabel('When');
    await form.getByText('A contact cannot be in the future.').waitFor();
    expect(await when.getAttribute('aria-invalid')).toBe('true');
    expect(await when.evaluate((element) => element === document.activeElement)).toBe(true);

    await when.fill(istLocal(Date.now() - 10 * 60_000));
    await form.getByRole('button', { name: 'Log the contact' }).click();
    await section
      .getByRole('status')
      .getByText(/^Contact logged: Phone call, /)
      .waitFor();
    await section.getByText(/^Phone call · Sunanda Iyer · /).waitFor();
    await section.getByText('Went through the biopsy report and next steps.').waitFor();
    await section
      .getByRole('row', { name: /Sunanda Iyer/ })
      .getByText(/^Done: contacted /)
      .waitFor();

    await page.getByRole('link', { name: '← My assigned cases' }).click();
    await page
      .getByRole('region', { name: 'Contact the patient within 48 hours' })
      .getByRole('row', { name: /Case of Kavita Deshpande/ })
      .getByText(/^Done: contacted /)
      .waitFor();
  });

  it('lets her propose times inside her hours, showing a refused time at its row', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await openCaseAsSunanda(page);
    const section = page.getByRole('region', { name: 'Appointments' });
    await section.getByText('No appointment has been proposed on this case yet.').waitFor();
    const hours = page.getByRole('complementary', { name: 'Your consulting hours (Asia/Kolkata)' });
    await hours.getByText('Monday, 18:00–20:00').waitFor();

    const form = page.getByRole('form', { name: 'Propose times' });
    await form.getByLabel('Kind of appointment').selectOption({ label: 'Video call' });
    await form.getByLabel('Time 1').fill(nextIstWeekday(1, '18:30'));
    await form.getByRole('button', { name: 'Add a time' }).click();
    await form.getByLabel('Time 2').fill(nextIstWeekday(1, '09:00'));
    await form.getByRole('button', { name: 'Propose these times' }).click();
    await form.getByText('This time is outside your consulting hours.').waitFor();
    expect(await form.getByLabel('Time 2').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Time 1').getAttribute('aria-invalid')).toBeNull();
    expect(await wcagViolations(page)).toEqual([]);

    await form.getByLabel('Time 2').fill(nextIstWeekday(4, '18:00'));
    await form.getByRole('button', { name: 'Propose these times' }).click();
    await section.getByText('Proposed 2 times to the patient.').waitFor();
    const card = section.getByRole('article', { name: 'Video call · 30 min · Sunanda Iyer' });
    await card.getByText('Waiting for the patient to pick a time').waitFor();
    expect(await card.getByRole('listitem').count()).toBe(2);
    await card.getByText(/18:30 IST/).waitFor();

    // The patient books the first time (the patient app's part, through the API).
    const read = await callGraphQL<{
      case: { appointments: { id: string; slots: { id: string; startsAt: string }[] }[] };
    }>(
      platform.origin,
      patient,
      'query ($id: ID!) { case(id: $id) { appointments { id slots { id startsAt } } } }',
      { id: CASE },
    );
    const proposed = read.case.appointments[0]!;
    const earliest = [...proposed.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]!;
    await callGraphQL(
      platform.origin,
      patient,
      'mutation ($a: ID!, $s: ID!) { bookAppointment(appointmentId: $a, slotId: $s) { id } }',
      { a: proposed.id, s: earliest.id },
    );

    await page.getByRole('link', { name: 'My appointments' }).click();
    await page.getByRole('heading', { level: 1, name: 'My appointments' }).waitFor();
    const booked = page.getByRole('article', { name: 'Video call · 30 min · Sunanda Iyer' });
    await booked.getByText('Booked', { exact: true }).waitFor();
    await booked.getByText(/(18:00|18:30) IST/).waitFor();
    expect(
      await booked.getByRole('link', { name: /Join the video call/ }).getAttribute('href'),
    ).toMatch(/^https:\/\/meet\.jit\.si\/consilium-[0-9a-f]+$/);
    await booked.getByRole('link', { name: 'Case of Kavita Deshpande' }).waitFor();

    await booked.getByText('Cancel this appointment').click();
    const cancel = booked.getByRole('form', { name: 'Cancel this appointment' });
    await cancel.getByRole('button', { name: 'Cancel the appointment' }).click();
    await cancel.getByText('Say why, so the patient understands.').waitFor();
    await cancel.getByLabel('Reason').fill('I am called to an emergency surgery that evening.');
    await cancel.getByRole('button', { name: 'Cancel the appointment' }).click();
    await page.getByText('The appointment was cancelled.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('lets her ask for a test and shows the answer with its report, in English and Hindi', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await openCaseAsSunanda(page);
    const section = page.getByRole('region', { name: 'Requests for information or tests' });
    await section.getByText('Nothing has been asked of the patient yet.').waitFor();
    const form = page.getByRole('form', { name: 'Ask the patient' });
    await form.getByLabel('What you need').selectOption({ label: 'Test' });
    await form.getByRole('button', { name: 'Send the request' }).click();
    await form.getByText('Write what you need to know.').waitFor();
    const question = 'Please have an echocardiogram done and upload the report.';
    await form.getByLabel('What to ask').fill(question);
    await form.getByRole('button', { name: 'Send the request' }).click();
    await section.getByText('The request was sent to the patient.').waitFor();
    const card = section.getByRole('article', { name: /^Test · asked by Sunanda Iyer/ });
    await card.getByText('Waiting for the patient').waitFor();
    await card.getByText(question).waitFor();

    // The patient answers with a report of the case (the patient app's part, through the API).
    const asked = await callGraphQL<{ case: { infoRequests: { id: string }[] } }>(
      platform.origin,
      patient,
      'query ($id: ID!) { case(id: $id) { infoRequests { id } } }',
      { id: CASE },
    );
    await callGraphQL(
      platform.origin,
      patient,
      'mutation ($r: ID!, $a: String!, $d: [ID!]!) { answerInformationRequest(requestId: $r, answer: $a, documentIds: $d) { id } }',
      {
        r: asked.case.infoRequests[0]!.id,
        a: 'The echocardiogram is booked; here is the earlier report.',
        d: [DEMO_IDS.documents[0]],
      },
    );
    await page.reload();
    const answered = page
      .getByRole('region', { name: 'Requests for information or tests' })
      .getByRole('article', { name: /^Test · asked by Sunanda Iyer/ });
    await answered.getByText('Answered', { exact: true }).waitFor();
    await answered.getByText('The echocardiogram is booked; here is the earlier report.').waitFor();
    await answered.getByRole('button', { name: 'Histopathology report (lumpectomy).pdf' }).click();
    await page
      .getByRole('heading', { name: 'Histopathology report (lumpectomy).pdf' })
      .first()
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('Language').selectOption('hi');
    await page.getByRole('heading', { level: 2, name: 'मरीज़ से संपर्क' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'जानकारी या जाँच के अनुरोध' }).waitFor();
    await page.getByText('उत्तर मिला').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
