import type { HTMLAttributes, ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A labelled text input with an optional hint and an error message, both tied to the input with
 * `aria-describedby` (the error marks it `aria-invalid`), so a screen reader reads them with it.
 */
export function FormField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password';
  hint?: ReactNode;
  error?: string | null;
  /** marks the input invalid for an error shown elsewhere (named in `describedBy`) */
  invalid?: boolean;
  /** ids of other elements that describe the input (e.g. a form-level error about it) */
  describedBy?: readonly string[];
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  required?: boolean;
  /** typed exactly as is: no automatic capitals or spelling fixes (logins, codes) */
  verbatim?: boolean;
}): ReactElement {
  const { t } = useTranslation('auth');
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [
    ...(props.hint ? [hintId] : []),
    ...(props.error ? [errorId] : []),
    ...(props.describedBy ?? []),
  ];
  const verbatim = props.verbatim || (props.type !== undefined && props.type !== 'text');
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.error && <FieldError id={errorId} message={props.error} prefix={t('errorPrefix')} />}
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-required={props.required || undefined}
        aria-invalid={props.error || props.invalid ? true : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        autoCapitalize={verbatim ? 'none' : undefined}
        spellCheck={verbatim ? false : undefined}
      />
    </div>
  );
}

/** An error message under a field's label, announced with a hidden "Error:" before it. */
export function FieldError(props: { id: string; message: string; prefix: string }): ReactElement {
  return (
    <p id={props.id} className="field-error">
      <span className="visually-hidden">{props.prefix} </span>
      {props.message}
    </p>
  );
}

/**
 * The error about the whole form (wrong password, locked account, no connection): an alert that
 * takes focus when it appears, so keyboard and screen-reader users meet it first.
 */
export function FormError(props: { id: string; message: string | null }): ReactElement | null {
  if (!props.message) return null;
  return (
    <div id={props.id} role="alert" className="error form-error" tabIndex={-1}>
      <p>{props.message}</p>
    </div>
  );
}

/** A polite live region saying what is under way ("Signing in…"), empty otherwise. */
export function BusyStatus(props: { message: string | null }): ReactElement {
  return (
    <p role="status" className="muted busy-status">
      {props.message ?? ''}
    </p>
  );
}
