import type { Locator, Page } from 'playwright-core';

/** The parts of an opinion a specialist writes. */
export interface OpinionText {
  recommendedTreatment: string;
  alternative: { option: string; pros: string; cons: string };
  /** one per question of the patient, in order */
  answers: string[];
}

/** Fills an opinion editor (the own opinion's, or the board's consensus). */
async function fillOpinion(editor: Locator, questions: string[], text: OpinionText): Promise<void> {
  await editor.getByLabel('Diagnosis').selectOption({ label: 'Confirmed' });
  await editor.getByLabel('Recommended treatment').fill(text.recommendedTreatment);
  await editor.getByRole('button', { name: 'Add an alternative' }).click();
  const alternative = editor.getByRole('group', { name: 'Alternative 1' });
  await alternative.getByLabel('Option').fill(text.alternative.option);
  await alternative.getByLabel('Pros').fill(text.alternative.pros);
  await alternative.getByLabel('Cons').fill(text.alternative.cons);
  for (const [index, question] of questions.entries()) {
    await editor.getByLabel(`Question ${index + 1}: ${question}`).fill(text.answers[index]!);
  }
}

/**
 * A specialist writes their own opinion on the case page of the doctor app and signs it.
 * @param page - the specialist's page, on the case page
 * @param doctorName - their full name, typed as the signature
 * @param questions - the patient's questions
 * @param text - the opinion
 * @param screenshot - takes the screenshot of the written opinion before signing (optional)
 */
export async function signOwnOpinion(
  page: Page,
  doctorName: string,
  questions: string[],
  text: OpinionText,
  screenshot?: () => Promise<void>,
): Promise<void> {
  const own = page.getByRole('region', { name: 'Your opinion' });
  await fillOpinion(own, questions, text);
  await own.getByLabel('Your full name, as your signature').fill(doctorName);
  await screenshot?.();
  await own.getByRole('button', { name: 'Sign and submit' }).click();
  await own.getByRole('heading', { name: 'Your signed opinion' }).waitFor();
}

/** The board's consensus region of the doctor app's case page. */
const consensusRegion = (page: Page): Locator =>
  page.getByRole('region', { name: 'The board’s consensus' });

/**
 * The name of the board's chair, as the consensus section says.
 * @param page - a board member's page, on the case page
 * @returns the chair's name
 */
export async function boardChair(page: Page): Promise<string> {
  const intro = await consensusRegion(page)
    .getByText(/^Any member drafts the consensus/)
    .textContent();
  const chair = /the chair, (.+?), signs it/.exec(intro ?? '')?.[1];
  if (!chair) throw new Error(`no chair named in: ${intro}`);
  return chair;
}

/**
 * A board member drafts the consensus in the doctor app and saves it.
 * @param page - the member's page, on the case page
 * @param questions - the patient's questions
 * @param text - the consensus
 */
export async function draftConsensus(
  page: Page,
  questions: string[],
  text: OpinionText,
): Promise<void> {
  const board = consensusRegion(page);
  await fillOpinion(board, questions, text);
  await board.getByRole('button', { name: 'Save draft' }).click();
  await board.getByText(/^Draft saved at/).waitFor();
}

/**
 * A board member votes "Agree" on every row of the consensus in the doctor app.
 * @param page - the member's page, on the case page (reloaded after the draft was saved)
 * @param questions - the patient's questions (one row each, after the recommended treatment)
 */
export async function agreeWithConsensus(page: Page, questions: string[]): Promise<void> {
  const board = consensusRegion(page);
  const rows = ['Recommended treatment', ...questions.map((q, i) => `Question ${i + 1}: ${q}`)];
  for (const row of rows) {
    await board.getByRole('group', { name: row }).getByLabel('Agree', { exact: true }).check();
  }
  await board.getByRole('button', { name: 'Save my votes' }).click();
  await board.getByText('Your votes are saved.').waitFor();
}

/**
 * The chair signs the board's consensus in the doctor app.
 * @param page - the chair's page, on the case page (reloaded after every vote)
 * @param chairName - their name, typed as the signature
 */
export async function signConsensus(page: Page, chairName: string): Promise<void> {
  const board = consensusRegion(page);
  await board.getByLabel('Your full name, as your signature').fill(chairName);
  await board.getByRole('button', { name: 'Sign and submit' }).click();
  await board.getByRole('heading', { name: 'The signed consensus' }).waitFor();
  await page.getByText('The board’s consensus is signed: the patient can read it now.').waitFor();
}

/**
 * The patient's side opens the signed opinions from the case page of the patient app.
 * @param page - the patient's page, on the case page
 * @param patientName - whose case
 */
export async function readOpinions(page: Page, patientName: string): Promise<void> {
  await page
    .getByRole('link', {
      name: /^Read the (specialist’s opinion|board’s opinion|\d+ specialists’)/,
    })
    .click();
  await page
    .getByRole('heading', { level: 1, name: `Specialists’ opinions on ${patientName}’s case` })
    .waitFor();
}
