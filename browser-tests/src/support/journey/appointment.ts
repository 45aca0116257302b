import type { Page } from 'playwright-core';
import type { JourneyDoctor } from './specialists';

/**
 * The first wall-clock start inside a specialist's weekly hours from two days on, in their zone,
 * as a `datetime-local` value (windows that run past midnight are skipped).
 * @throws when there is no window in the next two weeks
 */
export function nextConsultingStart(doctor: JourneyDoctor): string {
  for (let day = 2; day <= 16; day += 1) {
    const at = new Date(Date.now() + day * 24 * 3600_000);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: doctor.timeZone }).format(at);
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: doctor.timeZone })
      .format(at)
      .toUpperCase();
    const window = doctor.weeklyAvailability.find(
      (slot) => slot.weekday === weekday && slot.end > slot.start,
    );
    if (window) return `${date}T${window.start}`;
  }
  throw new Error(`${doctor.fullName} has no consulting window in the next two weeks`);
}

/**
 * The specialist proposes a video call at a time inside their hours on the case page of the
 * doctor app.
 * @param page - the specialist's page, on the case page
 * @param doctor - the specialist
 */
export async function proposeVideoCall(page: Page, doctor: JourneyDoctor): Promise<void> {
  const section = page.getByRole('region', { name: 'Appointments' });
  const form = page.getByRole('form', { name: 'Propose times' });
  await form.getByLabel('Kind of appointment').selectOption({ label: 'Video call' });
  await form.getByLabel('Time 1').fill(nextConsultingStart(doctor));
  await form.getByRole('button', { name: 'Propose these times' }).click();
  await section.getByText('Proposed 1 time to the patient.').waitFor();
}

/**
 * The patient's side books the proposed video call on the consultation page of the patient
 * app and gets the link to join it.
 * @param page - the patient's page, on the consultation page
 * @param doctorName - the specialist's full name
 */
export async function bookVideoCall(page: Page, doctorName: string): Promise<void> {
  const video = page.getByRole('article', { name: new RegExp(`^Video call with .*${doctorName}`) });
  await video.getByRole('radio').first().check();
  await video.getByRole('button', { name: 'Book this time' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Booked: your appointment with / })
    .waitFor();
  await video.getByRole('link', { name: /^Join video call/ }).waitFor();
}

/**
 * Opens the consultation page from the case page of the patient app.
 * @param page - the patient's page, on the case page
 */
export async function openConsultation(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Your consultation/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Consultation for / }).waitFor();
}
