import {
  AuthError,
  isValid,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  useFormState,
  type FormErrors,
  type FormState,
} from '@consilium/web-kit';
import type { TFunction } from 'i18next';

/** The state of an auth form (the apps' shared form state). */
export type AuthForm = FormState;
export type { FormErrors };
export { isValid };

/** The errors, busy state and focus handling every auth form shares. */
export const useAuthForm = useFormState;

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
