import { useSyncExternalStore } from 'react';

/** Who is using the platform in this browser tab. */
export interface Viewer {
  role: 'PATIENT' | 'SPECIALIST' | 'OPERATIONS';
  displayName: string;
  /** the patient the viewer acts for (patients) */
  patientId?: string;
  /** the viewer's specialist profile (specialists) */
  specialistId?: string;
}

/**
 * The people of the seeded demo data one can sign in as. Accounts with passwords and tokens
 * replace this with the identity work; until then the platform has no secrets to protect.
 */
export const DEMO_VIEWERS: readonly Viewer[] = [
  {
    role: 'PATIENT',
    displayName: 'Kavita Deshpande',
    patientId: '019ad000-0000-7000-8000-000000000001',
  },
  {
    role: 'SPECIALIST',
    displayName: 'Dr Sunanda Iyer',
    specialistId: '019ad000-0000-7000-8000-000000001001',
  },
  { role: 'OPERATIONS', displayName: 'Operations desk' },
];

const STORAGE_KEY = 'consilium.viewer';
const listeners = new Set<() => void>();
let cached: { raw: string | null; viewer: Viewer | null } = { raw: null, viewer: null };

/**
 * The signed-in viewer of this tab, or null.
 * @returns the viewer
 */
export function getViewer(): Viewer | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (raw !== cached.raw) cached = { raw, viewer: raw ? (JSON.parse(raw) as Viewer) : null };
  return cached.viewer;
}

/**
 * Signs a viewer in (or out, with null) for this tab and tells every app.
 * @param viewer - the viewer, or null to sign out
 */
export function setViewer(viewer: Viewer | null): void {
  if (viewer) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(viewer));
  else sessionStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

/**
 * React hook: the current viewer, re-rendering when someone signs in or out.
 * @returns the viewer or null
 */
export function useViewer(): Viewer | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getViewer);
}
