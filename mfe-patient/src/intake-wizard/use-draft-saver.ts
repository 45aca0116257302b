import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { serverFailure, type FieldProblem } from '../form-parts/field-problems';
import { forgetLocalCopy, keepLocally } from './draft-store';
import { SAVE_CASE_INTAKE } from './intake-queries';
import {
  problemAtRow,
  stepInput,
  stepProblems,
  stepValues,
  type IntakeValues,
} from './intake-values';

/** How long typing must pause before a step is saved. */
export const SAVE_DELAY_MS = 1500;
/** Waits between tries after a failed save: 2 s, 4 s, 8 s … at most 60 s. */
const RETRY_BASE_MS = 2000;
const RETRY_MAX_MS = 60_000;

/** Where the draft stands, for the "Saved" status. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string | null }
  | { kind: 'invalid' }
  | { kind: 'failed'; retryInMs: number; refused: boolean };

/** What an explicit save came to: sent, kept on this device only, or refused for its content. */
export type SaveOutcome = 'saved' | 'kept' | 'invalid';

/** The draft saver of one case: what changed, saving now or after a pause, retrying. */
export interface DraftSaver {
  status: SaveStatus;
  /** A step's values changed: keep them on this device and save them after a pause. */
  changed: (step: number) => void;
  /** Saves a step now (when it has changes); `explicit` shows its problems. */
  saveNow: (step: number, explicit: boolean) => Promise<SaveOutcome>;
  /** Tries every unsaved step again at once. */
  retryNow: () => void;
  /** Forgets that a step has changes (e.g. the local copy was discarded). */
  forget: (step: number) => void;
}

/**
 * Saves a case's draft step by step with `saveCaseIntake`: after a pause in typing, on
 * Next/Back, and again (with growing waits) after a failure. Until the server confirms a step,
 * what was typed is kept in this browser, so a reload or a lost connection loses nothing.
 * Saves run one at a time, in order.
 * @param options - the case, the current values, today's date, and where problems are shown
 * @returns the saver
 */
export function useDraftSaver(options: {
  caseId: string;
  valuesRef: RefObject<IntakeValues | null>;
  today: string;
  onProblems: (problems: FieldProblem[]) => void;
}): DraftSaver {
  const client = useApolloClient();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const dirty = useRef(new Set<number>());
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(options);
  latest.current = options;

  const saveNow = useCallback(
    (step: number, explicit: boolean): Promise<SaveOutcome> => {
      clearTimeout(timers.current.get(step));
      timers.current.delete(step);
      const run = async (): Promise<SaveOutcome> => {
        const { caseId, valuesRef, today, onProblems } = latest.current;
        const values = valuesRef.current;
        if (!values || !dirty.current.has(step)) return 'saved';
        const sent = stepInput(values, step);
        const problems = stepProblems(sent, today);
        if (problems.length > 0) {
          if (explicit) onProblems(problems);
          setStatus({ kind: 'invalid' });
          return 'invalid';
        }
        const snapshot = JSON.stringify(sent.input);
        setStatus({ kind: 'saving' });
        try {
          const result = await client.mutate({
            mutation: SAVE_CASE_INTAKE,
            variables: { caseId, intake: sent.input },
          });
          if (!result.data) throw new Error('saveCaseIntake answered no data');
          const now = valuesRef.current;
          // Typed on while it was being sent: still unsaved.
          if (now && JSON.stringify(stepInput(now, step).input) === snapshot) {
            dirty.current.delete(step);
            forgetLocalCopy(caseId, step);
          }
          failures.current = 0;
          setStatus(
            dirty.current.size > 0
              ? { kind: 'pending' }
              : {
                  kind: 'saved',
                  at:
                    (result.data.saveCaseIntake as { draftSavedAt?: string | null }).draftSavedAt ??
                    null,
                },
          );
          return 'saved';
        } catch (error) {
          const failure = serverFailure(error);
          if (failure.code === 'BAD_USER_INPUT' && failure.problems.length > 0) {
            if (explicit)
              onProblems(failure.problems.map((problem) => problemAtRow(problem, sent.rows)));
            setStatus({ kind: 'invalid' });
            return 'invalid';
          }
          if (failure.code !== 'NETWORK')
            console.error('Consilium: saving the draft failed', error);
          failures.current += 1;
          const wait = Math.min(RETRY_BASE_MS * 2 ** (failures.current - 1), RETRY_MAX_MS);
          setStatus({ kind: 'failed', retryInMs: wait, refused: failure.code !== 'NETWORK' });
          clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(() => {
            for (const unsaved of dirty.current) void saveNowRef.current(unsaved, false);
          }, wait);
          return 'kept';
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [client],
  );
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;

  const changed = useCallback((step: number) => {
    const { caseId, valuesRef } = latest.current;
    if (valuesRef.current) keepLocally(caseId, step, stepValues(valuesRef.current, step));
    dirty.current.add(step);
    setStatus((current) => (current.kind === 'failed' ? current : { kind: 'pending' }));
    clearTimeout(timers.current.get(step));
    timers.current.set(
      step,
      setTimeout(() => void saveNowRef.current(step, false), SAVE_DELAY_MS),
    );
  }, []);

  const retryNow = useCallback(() => {
    clearTimeout(retryTimer.current);
    for (const step of dirty.current) void saveNowRef.current(step, false);
  }, []);

  const forget = useCallback((step: number) => {
    clearTimeout(timers.current.get(step));
    dirty.current.delete(step);
    forgetLocalCopy(latest.current.caseId, step);
  }, []);

  // Leaving the wizard: send what is pending now (the local copy stays until it arrives).
  useEffect(() => {
    const pending = timers.current;
    return () => {
      clearTimeout(retryTimer.current);
      for (const [step, timer] of pending) {
        clearTimeout(timer);
        void saveNowRef.current(step, false);
      }
    };
  }, []);

  return { status, changed, saveNow, retryNow, forget };
}
