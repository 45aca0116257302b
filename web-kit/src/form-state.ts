import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** What is wrong with a form: messages by field id, and one about the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
  /** fields the form-level error is about (they point to it with aria-describedby) */
  formFields?: readonly string[];
}

/** A form without errors. */
export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/** A form's errors, whether it is waiting for the gateway, and focus on the first error. */
export interface FormState {
  formRef: RefObject<HTMLFormElement | null>;
  errors: FormErrors;
  busy: boolean;
  /** Shows errors and moves focus to the first one: the form's alert, else the first invalid field. */
  showErrors: (errors: FormErrors) => void;
  /** Drops one field's error (the form drops a field's error by itself when its input changes). */
  clearError: (fieldId: string) => void;
  /**
   * Runs a submission: nothing while one is under way; clears the errors, runs `work`, and shows
   * what it throws (turned into messages by `describe`). Never rejects.
   */
  submit: (work: () => Promise<void>, describe: (error: unknown) => FormErrors) => Promise<void>;
}

/**
 * The errors, busy state and focus handling every form of the apps shares (WCAG 2.1 3.3.1: the
 * first error gets focus, so a screen reader announces it).
 * @returns the form state
 */
export function useFormState(): FormState {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [shown, setShown] = useState(0);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  useEffect(() => {
    if (shown === 0) return;
    formRef.current?.querySelector<HTMLElement>('.form-error, [aria-invalid="true"]')?.focus();
  }, [shown]);

  const clearError = useCallback((fieldId: string) => {
    setErrors((current) => {
      if (!(fieldId in current.fields)) return current;
      const { [fieldId]: _cleared, ...fields } = current.fields;
      return { ...current, fields };
    });
  }, []);

  // An error that is no longer true should not stay on screen: editing a field clears its own.
  // Listened for on the document (the form may render after this hook, e.g. once data loaded);
  // `input` only, as `change` also fires when a field loses focus, e.g. on pressing Submit.
  useEffect(() => {
    const onEdit = (event: Event): void => {
      const target = event.target as HTMLElement | null;
      if (!target || !formRef.current?.contains(target)) return;
      const keys = [target.id, target.getAttribute('name')].filter(Boolean) as string[];
      // After React has handled the same event, so a controlled input keeps what was typed.
      if (keys.length) setTimeout(() => keys.forEach(clearError), 0);
    };
    document.addEventListener('input', onEdit);
    return () => document.removeEventListener('input', onEdit);
  }, [clearError]);

  const showErrors = useCallback((next: FormErrors) => {
    setErrors(next);
    setShown((count) => count + 1);
  }, []);

  const submit = useCallback(
    async (work: () => Promise<void>, describe: (error: unknown) => FormErrors) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      setErrors(NO_ERRORS);
      try {
        await work();
      } catch (error) {
        showErrors(describe(error));
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [showErrors],
  );

  return { formRef, errors, busy, showErrors, clearError, submit };
}

/**
 * Whether validation found anything.
 * @param errors - the errors
 * @returns true when there are none
 */
export function isValid(errors: FormErrors): boolean {
  return !errors.form && Object.keys(errors.fields).length === 0;
}
