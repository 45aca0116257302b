import { FieldError } from '@consilium/web-kit';
import type { ReactElement, ReactNode } from 'react';

/** A checkbox with its label beside it, an optional hint and error tied to it. */
export function CheckboxField(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
}): ReactElement {
  const describedBy = [
    ...(props.hint ? [`${props.id}-hint`] : []),
    ...(props.error ? [`${props.id}-error`] : []),
  ];
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      {props.error && <FieldError id={`${props.id}-error`} message={props.error} />}
      <div className="choice">
        <input
          type="checkbox"
          id={props.id}
          name={props.id}
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        />
        <label htmlFor={props.id}>{props.label}</label>
        {props.hint && (
          <p id={`${props.id}-hint`} className="hint">
            {props.hint}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * Radio buttons in a fieldset: the legend asks, each option has a label and an explanation; an
 * error is shown under the legend and marks every option invalid.
 */
export function RadioGroupField(props: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string; hint?: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  required?: boolean;
}): ReactElement {
  const errorId = `${props.id}-error`;
  return (
    <fieldset id={props.id}>
      <legend>{props.legend}</legend>
      {props.error && <FieldError id={errorId} message={props.error} />}
      {props.options.map((option) => {
        const optionId = `${props.id}-${option.value}`;
        const describedBy = [
          ...(option.hint ? [`${optionId}-hint`] : []),
          ...(props.error ? [errorId] : []),
        ];
        return (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
              aria-invalid={props.error ? true : undefined}
              aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
              required={props.required}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <p id={`${optionId}-hint`} className="hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * An error about a whole group (e.g. "describe at least one symptom"): shown at the top of the
 * group and focusable, so focus can move to it when it is the first error.
 */
export function GroupError(props: { id: string; message?: string | null }): ReactElement | null {
  if (!props.message) return null;
  return (
    <div id={`${props.id}-error`} className="form-error" tabIndex={-1}>
      <FieldError id={`${props.id}-error-text`} message={props.message} />
    </div>
  );
}
