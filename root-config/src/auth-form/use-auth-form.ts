import { AuthError, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@consilium/web-kit';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** What is wrong with a form: messages by field, and one about the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
  /** fields the form-level error is about (they point to it with aria-describedby) */
  formFields?: readonly string[];
}

const NO_ERRORS: FormErrors = { fields: {}, form: null };

/** The state of an auth form: its errors, whether it is waiting for the gateway, and focus. */
export interface AuthForm {
  formRef: RefObject<HTMLFormElement | null>;
  errors: FormErrors;
  busy: boolean;
  /**
   * Shows errors and moves focus to the first one on the page: the form-level alert, or else
   * the first invalid field.
   */
  showErrors: (errors: FormErrors) => void;
  /**
   * Runs a submission: nothing while one is under way; clears the errors, runs `work`, and shows
   * what it throws (turned into messages by `describe`).
   */
  submit: (work: () => Promise<void>, describe: (error: unknown) => FormErrors) => Promise<void>;
}

/**
 * The errors, busy state and focus handling every auth form shares.
 * @returns the form state
 */
export function useAuthForm(): AuthForm {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [shown, setShown] = useState(0);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  useEffect(() => {
    if (shown === 0) return;
    formRef.current?.querySelector<HTMLElement>('.form-error, [aria-invalid="true"]')?.focus();
  }, [shown]);

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

  return { formRef, errors, busy, showErrors, submit };
}

/**
 * Whether validation found anything.
 * @param errors - the errors
 * @returns true when there are none
 */
export function isValid(errors: FormErrors): boolean {
  return !errors.form && Object.keys(errors.fields).length === 0;
}

/**
 * What to tell a person about a refusal from the gateway's `/auth/*` endpoints, in their
 * language: a field's error when the gateway names the field (and the page has it), otherwise an
 * error about the whole form.
 * @param error - what the call threw
 * @param t - the `auth` namespace's translate function
 * @param fieldIds - the page's fields by the gateway's field name, e.g. `{ email: 'sign-up-email' }`
 * @returns the errors to show
 */
export function describeAuthError(
  error: unknown,
  t: TFunction<'auth'>,
  fieldIds: Record<string, string> = {},
): FormErrors {
  if (!(error instanceof AuthError)) {
    console.error('Consilium: unexpected error', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  }
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  const onField = (message: string): FormErrors => {
    const id = fieldIds[error.field ?? ''] ?? (error.code === 'INVALID_CODE' && fieldIds['code']);
    return id ? { fields: { [id]: message }, form: null } : { fields: {}, form: message };
  };
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return {
        fields: {},
        form: t('error.INVALID_CREDENTIALS'),
        formFields: [fieldIds['login'], fieldIds['password']].filter((id): id is string => !!id),
      };
    case 'ACCOUNT_LOCKED':
      return { fields: {}, form: t('error.ACCOUNT_LOCKED', { count: minutes }) };
    case 'NETWORK':
      return { fields: {}, form: t('error.NETWORK') };
    case 'RATE_LIMITED':
      return { fields: {}, form: t('error.RATE_LIMITED', { count: minutes }) };
    case 'BAD_USER_INPUT':
      // In the viewer's language where the field's rule is known; else the gateway's sentence.
      return onField(
        t(`error.BAD_USER_INPUT.${error.field ?? 'body'}`, {
          min: MIN_PASSWORD_LENGTH,
          max: MAX_PASSWORD_LENGTH,
          defaultValue: error.message,
        }),
      );
    case 'INVALID_CODE':
      return onField(t('error.INVALID_CODE'));
    case 'CONFLICT':
      return onField(
        error.field === 'email' || error.field === 'phone'
          ? t(`error.CONFLICT.${error.field}`)
          : error.message,
      );
    default:
      if (error.status === 429)
        return { fields: {}, form: t('error.RATE_LIMITED', { count: minutes }) };
      if (error.status >= 500 || !error.message) return { fields: {}, form: t('error.UNEXPECTED') };
      return onField(error.message);
  }
}

/**
 * What is wrong with a new password, by the gateway's rule (12 to 128 characters, counted as
 * people count them: an emoji or a Devanagari letter is never half a character).
 * @param password - as typed
 * @param t - the `auth` namespace's translate function
 * @returns the message, or null when the password is fine
 */
export function newPasswordProblem(password: string, t: TFunction<'auth'>): string | null {
  const length = [...password].length;
  if (length === 0) return t('error.passwordRequired');
  if (length < MIN_PASSWORD_LENGTH) {
    return t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH, count: length });
  }
  if (length > MAX_PASSWORD_LENGTH) return t('error.passwordTooLong', { max: MAX_PASSWORD_LENGTH });
  return null;
}

/**
 * The password rule shown under a new-password field.
 * @param t - the `auth` namespace's translate function
 * @returns the hint
 */
export function passwordRuleHint(t: TFunction<'auth'>): string {
  return t('passwordRule', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
}
