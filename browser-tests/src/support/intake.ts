import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** `../shared/fixtures/cases/` beside the project. */
const FIXTURE_CASES_DIR = path.resolve(__dirname, '../../../../shared/fixtures/cases');

/** A fixture case (`../shared/fixtures/cases/*.json`), the parts the patient types. */
export interface FixtureCase {
  patient: {
    fullName: string;
    nameLocal: string;
    dateOfBirth: string;
    sex: string;
    phone: string | null;
    email: string | null;
    address: {
      line1: string;
      line2: string | null;
      city: string;
      district: string;
      state: string;
      postalCode: string;
    };
  };
  proxy: { fullName: string; relationship: string; phone: string; email: string } | null;
  presentingComplaint: string;
  symptoms: { description: string; onset: string; severity: number }[];
  conditions: {
    name: string;
    code: { system: string; code: string };
    onsetDate: string;
    clinicalStatus: string;
  }[];
  medications: {
    name: string;
    dose: string;
    frequency: string;
    route: string;
    /** absent when the patient does not know */
    startedOn?: string;
  }[];
  allergies: { substance: string; reaction: string; severity: string }[];
  procedures: { name: string; date: string; hospital: string }[];
  /** `date` is null when the patient does not know it */
  investigations: { name: string; date: string | null; result: string }[];
  developmentalHistory?: string;
  treatingDoctor: { fullName: string; specialty: string; hospital: string; city: string };
  treatmentAdvised: string;
  reasonForSecondOpinion: string;
  reasonDetail: string;
  questions: string[];
}

/**
 * Reads a fixture case.
 * @param file - e.g. `case-b-lumbar-disc-single.json`
 * @returns the case
 */
export function fixtureCase(file: string): FixtureCase {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_CASES_DIR, file), 'utf8')) as FixtureCase;
}

/** The ISO 3166-2:IN codes of the states the fixtures use. */
export const STATE_CODES: Record<string, string> = { Haryana: 'HR', Kerala: 'KL' };

/**
 * The fieldset of one item of a list in the wizard, e.g. "Symptom 2".
 * @param page - the page
 * @param legend - its legend
 * @returns the fieldset
 */
export function item(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/**
 * Clicks "Next" and waits for the step after it.
 * @param page - the page
 * @param step - the step expected next (1–7)
 */
export async function next(page: Page, step: number): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${step} of 7`) }).waitFor();
}

/**
 * Types a fixture case's history into steps 1 to 4 of the wizard (starting on step 1) and moves
 * on to step 5.
 * @param page - the page, on step 1
 * @param fixture - the case
 */
export async function fillStepsOneToFour(page: Page, fixture: FixtureCase): Promise<void> {
  await page.getByRole('heading', { level: 2, name: /^Step 1 of 7/ }).waitFor();
  await page.getByLabel('The main problem').fill(fixture.presentingComplaint);
  for (const [index, symptom] of fixture.symptoms.entries()) {
    await page.getByRole('button', { name: 'Add a symptom' }).click();
    const group = item(page, `Symptom ${index + 1}`);
    await group.getByLabel('Description').fill(symptom.description);
    await group.getByLabel('Since (date)').fill(symptom.onset);
    await group.getByLabel('Severity (1–10)').fill(String(symptom.severity));
  }
  await next(page, 2);

  for (const [index, condition] of fixture.conditions.entries()) {
    await page.getByRole('button', { name: 'Add a condition' }).click();
    const group = item(page, `Condition ${index + 1}`);
    await group.getByLabel('Diagnosis').fill(condition.name);
    await group.getByLabel('ICD-10 code (optional)').fill(condition.code.code);
    await group.getByLabel('Since (date)').fill(condition.onsetDate);
    await group.getByLabel('Status').selectOption(condition.clinicalStatus.toUpperCase());
  }
  for (const [index, medication] of fixture.medications.entries()) {
    await page.getByRole('button', { name: 'Add a medicine' }).click();
    const group = item(page, `Medicine ${index + 1}`);
    await group.getByLabel('Medicine', { exact: true }).fill(medication.name);
    await group.getByLabel('Dose').fill(medication.dose);
    await group.getByLabel('How often').fill(medication.frequency);
    await group.getByLabel('How it is taken').fill(medication.route);
    if (medication.startedOn) await group.getByLabel('Started (date)').fill(medication.startedOn);
  }
  if (fixture.allergies.length === 0) {
    await page.getByLabel('No known allergies').check();
  }
  for (const [index, allergy] of fixture.allergies.entries()) {
    await page.getByRole('button', { name: 'Add an allergy' }).click();
    const group = item(page, `Allergy ${index + 1}`);
    await group.getByLabel('Substance (medicine, food …)').fill(allergy.substance);
    await group.getByLabel('Reaction').fill(allergy.reaction);
    await group.getByLabel('Severity').selectOption(allergy.severity);
  }
  for (const [index, procedure] of fixture.procedures.entries()) {
    await page.getByRole('button', { name: 'Add a procedure' }).click();
    const group = item(page, `Procedure ${index + 1}`);
    await group.getByLabel('Operation or procedure').fill(procedure.name);
    await group.getByLabel('Date').fill(procedure.date);
    await group.getByLabel('Hospital or clinic').fill(procedure.hospital);
  }
  for (const [index, investigation] of fixture.investigations.entries()) {
    await page.getByRole('button', { name: 'Add a test' }).click();
    const group = item(page, `Test ${index + 1}`);
    await group.getByLabel('Test (e.g. MRI, blood test)').fill(investigation.name);
    if (investigation.date) await group.getByLabel('Date').fill(investigation.date);
    await group.getByLabel('Result').fill(investigation.result);
  }
  if (fixture.developmentalHistory) {
    await page.getByLabel('Other history').fill(fixture.developmentalHistory);
  }
  await next(page, 3);

  const doctor = page.getByRole('group', { name: 'Treating doctor' });
  await doctor.getByLabel('Doctor’s name').fill(fixture.treatingDoctor.fullName);
  await doctor.getByLabel('Specialty').fill(fixture.treatingDoctor.specialty);
  await doctor.getByLabel('Hospital or clinic').fill(fixture.treatingDoctor.hospital);
  await doctor.getByLabel('City, town or village').fill(fixture.treatingDoctor.city);
  await page.getByLabel('Treatment advised').fill(fixture.treatmentAdvised);
  await next(page, 4);

  await page.locator(`#intake-reasonForSecondOpinion-${fixture.reasonForSecondOpinion}`).check();
  await page.getByLabel('Tell us more (optional)').fill(fixture.reasonDetail);
  await next(page, 5);
}

/**
 * Draws a signature on the signature pad with the mouse: two strokes across the canvas.
 * @param page - the page
 * @param canvas - the pad
 */
export async function drawSignature(page: Page, canvas: Locator): Promise<void> {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the signature pad is not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step += 1) {
    await page.mouse.move(box.x + 20 + step * 12, y + Math.sin(step / 2) * 25, { steps: 2 });
  }
  await page.mouse.up();
  await page.mouse.move(box.x + 60, y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 220, y - 20, { steps: 10 });
  await page.mouse.up();
}

/**
 * Waits until the case page shows a stage (it follows a signature through events).
 * @param page - the page, on the case page
 * @param stage - the stage's name as shown, e.g. "Consent signed"
 */
export async function waitForStage(page: Page, stage: string): Promise<void> {
  await page.locator('#case-stage', { hasText: stage }).waitFor({ timeout: 30_000 });
}
