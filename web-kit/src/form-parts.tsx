import type { HTMLAttributes, ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** An error message under a field's label, announced with a hidden "Error:" before it. */
export function FieldError(props: { id: string; message: string }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <p id={props.id} className="field-error">
      <span className="visually-hidden">{t('errorPrefix')} </span>
      {props.message}
    </p>
  );
}

/**
 * The error about the whole form (wrong password, no connection, a refused change): an alert
 * that takes focus when it appears (useFormState), so keyboard and screen-reader users meet it
 * first.
 */
export function FormError(props: { id: string; message: string | null }): ReactElement | null {
  if (!props.message) return null;
  return (
    <div id={props.id} role="alert" className="error form-error" tabIndex={-1}>
      <p>{props.message}</p>
    </div>
  );
}

/** What a {@link FormField} shows and how it is tied to its hint and error. */
export interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'datetime-local' | 'number';
  /** a multi-line text box (a textarea) of this many rows instead of an input */
  rows?: number;
  /** the options of a select (a select is rendered instead of an input) */
  options?: readonly { value: string; label: string }[];
  /** the smallest and largest value offered (a number, a date) */
  min?: number | string;
  max?: number | string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  /** the language of what is typed, when it is not the page's (e.g. a Hindi text) */
  lang?: string;
  required?: boolean;
  /** typed exactly as is: no automatic capitals or spelling fixes (logins, codes) */
  verbatim?: boolean;
  hint?: ReactNode;
  error?: string | null;
  /** marks the control invalid for an error shown elsewhere (named in `describedBy`) */
  invalid?: boolean;
  /** ids of other elements that describe the control (e.g. a form-level error about it) */
  describedBy?: readonly string[];
  /** shown under the box and tied to it with `aria-describedby` (e.g. a character counter) */
  after?: ReactNode;
  /** shown under the box, not tied to it (e.g. a live preview) */
  children?: ReactNode;
}

/**
 * A labelled field (an input, a textarea given `rows`, or a select given `options`) with an
 * optional hint and error under the label, both tied to it with `aria-describedby`, so a screen
 * reader reads them with it; an error marks it `aria-invalid` (useFormState moves focus to the
 * first invalid control).
 */
export function FormField(props: FormFieldProps): ReactElement {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const afterId = `${props.id}-after`;
  const describedBy = [
    ...(props.hint ? [hintId] : []),
    ...(props.error ? [errorId] : []),
    ...(props.after ? [afterId] : []),
    ...(props.describedBy ?? []),
  ];
  const shared = {
    id: props.id,
    name: props.id,
    value: props.value,
    lang: props.lang,
    'aria-required': props.required || undefined,
    'aria-invalid': props.error || props.invalid ? true : undefined,
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
        <select {...shared} onChange={(event) => props.onChange(event.target.value)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : props.rows ? (
        <textarea
          {...shared}
          rows={props.rows}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          onChange={(event) => props.onChange(event.target.value)}
          autoComplete={props.autoComplete}
          autoCapitalize={props.verbatim ? 'none' : undefined}
          spellCheck={props.verbatim ? false : undefined}
          min={props.min}
          max={props.max}
          inputMode={props.inputMode}
        />
      )}
      {props.after && (
        <div id={afterId} className="hint">
          {props.after}
        </div>
      )}
      {props.children}
    </div>
  );
}
