import { CombinedGraphQLErrors } from '@apollo/client';
import { useFormState, type FormState } from '@consilium/web-kit';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export { isValid, NO_ERRORS, type FormErrors } from '@consilium/web-kit';

/** A form's errors, busy state and focus (the apps' shared form state). */
export type PageForm = FormState;

/** The errors, busy state and focus handling of the app's forms (as the sign-in pages do it). */
export const usePageForm = useFormState;

/** The first GraphQL error of a failed mutation: its code, the input field it names, its text. */
export interface MutationProblem {
  /** `extensions.code`, e.g. BAD_USER_INPUT; `NETWORK` when no GraphQL answer came */
  code: string;
  /** `extensions.field` without the `input.` prefix, e.g. `proxyLogin` */
  field: string | null;
  message: string;
}

/**
 * What a rejected mutation says.
 * @param error - what the mutation threw
 * @returns the problem
 */
export function mutationProblem(error: unknown): MutationProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0]!;
    const code = first.extensions?.['code'];
    const field = first.extensions?.['field'];
    return {
      code: typeof code === 'string' ? code : 'UNEXPECTED',
      field: typeof field === 'string' ? field.replace(/^input\./, '') : null,
      message: first.message,
    };
  }
  return { code: 'NETWORK', field: null, message: error instanceof Error ? error.message : '' };
}

/** An error message under a field's label, announced with a hidden "Error:" before it. */
export function FieldError(props: { id: string; message: string }): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <p id={props.id} className="field-error">
      <span className="visually-hidden">{t('errorPrefix')} </span>
      {props.message}
    </p>
  );
}

/**
 * A labelled field (an input, or a select given as `children`) with an optional hint and error,
 * both tied to it with `aria-describedby`; an error marks it `aria-invalid`.
 */
export function FormField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date';
  hint?: ReactNode;
  error?: string | null;
  autoComplete?: string;
  required?: boolean;
  /** typed exactly as is: no automatic capitals or spelling fixes (logins) */
  verbatim?: boolean;
  /** the options of a select (a select is rendered instead of an input) */
  options?: readonly { value: string; label: string }[];
}): ReactElement {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [...(props.hint ? [hintId] : []), ...(props.error ? [errorId] : [])];
  const shared = {
    id: props.id,
    name: props.id,
    'aria-required': props.required || undefined,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
  };
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.error && <FieldError id={errorId} message={props.error} />}
      {props.options ? (
        <select
          {...shared}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          autoComplete={props.autoComplete}
          autoCapitalize={props.verbatim ? 'none' : undefined}
          spellCheck={props.verbatim ? false : undefined}
        />
      )}
    </div>
  );
}

/** The error about the whole form: an alert that takes focus when it appears. */
export function FormError(props: { id: string; message: string | null }): ReactElement | null {
  if (!props.message) return null;
  return (
    <div id={props.id} role="alert" className="error form-error" tabIndex={-1}>
      <p>{props.message}</p>
    </div>
  );
}

/** A polite live region saying what is under way, or what just succeeded; empty otherwise. */
export function FormStatus(props: { children: ReactNode }): ReactElement {
  return <div role="status">{props.children}</div>;
}
