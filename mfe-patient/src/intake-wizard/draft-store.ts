import { onAccountChange } from '@consilium/web-kit';
import { INTAKE_STEPS } from './intake-steps';
import type { IntakeValues } from './intake-values';

/** What typed in one step is kept in this browser until the server confirms it. */
export interface LocalDraft {
  /** when it was typed (ISO 8601, this browser's clock) */
  savedAt: string;
  values: Partial<IntakeValues>;
}

const PREFIX = 'consilium.intake.';

/** Kept under the step's name, not its number, so that adding a step never mixes copies up. */
function keyOf(caseId: string, step: number): string {
  return `${PREFIX}${caseId}.${INTAKE_STEPS[step - 1]?.key ?? step}`;
}

/**
 * Keeps what was typed in a step (overwriting the copy before).
 * @param caseId - the case
 * @param step - 1–7
 * @param values - the step's values
 */
export function keepLocally(caseId: string, step: number, values: Partial<IntakeValues>): void {
  try {
    const draft: LocalDraft = { savedAt: new Date().toISOString(), values };
    localStorage.setItem(keyOf(caseId, step), JSON.stringify(draft));
  } catch (error) {
    // storage full or refused (private mode): the server copy is all there is
    console.warn('Consilium: the draft could not be kept in this browser', error);
  }
}

/**
 * The copy of a step kept in this browser.
 * @param caseId - the case
 * @param step - 1–7
 * @returns the copy, or null
 */
export function localCopy(caseId: string, step: number): LocalDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(caseId, step));
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return typeof draft.savedAt === 'string' && draft.values ? draft : null;
  } catch {
    return null;
  }
}

/**
 * Forgets the copy of a step (the server has it).
 * @param caseId - the case
 * @param step - 1–7
 */
export function forgetLocalCopy(caseId: string, step: number): void {
  try {
    localStorage.removeItem(keyOf(caseId, step));
  } catch {
    // nothing kept
  }
}

/** Forgets every draft kept in this browser (another account signs in, or this one signs out). */
function forgetAllLocalCopies(): void {
  try {
    for (let index = localStorage.length - 1; index >= 0; index -= 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // nothing kept
  }
}

// Health details typed on a shared computer do not outlive the session they were typed in.
onAccountChange(forgetAllLocalCopies);
