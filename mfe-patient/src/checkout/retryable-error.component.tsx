import type { ReactElement } from 'react';

/**
 * An error about the whole step that trying again may mend (the payment provider or the
 * connection was down): an alert that takes focus like the forms' own (useFormState), with a
 * button to try again when one is given.
 * @param props.id - the alert's id
 * @param props.message - what went wrong; nothing is shown without one
 * @param props.retryLabel - the button's label
 * @param props.onRetry - tries again; no button without it
 * @param props.busy - disables the button while a try is under way
 */
export function RetryableError(props: {
  id: string;
  message: string | null;
  retryLabel: string;
  onRetry?: () => void;
  busy?: boolean;
}): ReactElement | null {
  if (!props.message) return null;
  return (
    <div id={props.id} role="alert" className="error form-error" tabIndex={-1}>
      <p>{props.message}</p>
      {props.onRetry && (
        <p>
          <button type="button" disabled={props.busy} onClick={props.onRetry}>
            {props.retryLabel}
          </button>
        </p>
      )}
    </div>
  );
}
