import { useState } from 'react';
import type { Viewer } from '@consilium/web-kit';

/** The patient each account last chose to act for, in this page's memory only. */
const chosen = new Map<string, string>();

/**
 * The patient the viewer acts for now: the one they chose in this page (kept while the page
 * lives, across visits to other apps), else the first they may act for.
 * @param viewer - the signed-in patient or proxy
 * @returns the patient id (null when the account acts for nobody yet) and a function to choose
 */
export function useActingFor(viewer: Viewer): [string | null, (patientId: string) => void] {
  const [, rerender] = useState(0);
  const remembered = chosen.get(viewer.id);
  const current =
    remembered && viewer.patientIds.includes(remembered)
      ? remembered
      : (viewer.patientIds[0] ?? null);
  const choose = (patientId: string): void => {
    chosen.set(viewer.id, patientId);
    rerender((count) => count + 1);
  };
  return [current, choose];
}

/**
 * Makes a patient the one an account acts for from now on in this page (e.g. a dependent just
 * registered), once the session lists them.
 * @param accountId - the viewer's account id
 * @param patientId - the patient
 */
export function rememberActingFor(accountId: string, patientId: string): void {
  chosen.set(accountId, patientId);
}
