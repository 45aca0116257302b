import type { ReactElement } from 'react';

/**
 * A row's action that asks first (disabling an account, revoking a client): the visible label,
 * the row's name for screen readers, and the question shown before acting.
 */
export function ConfirmActionButton(props: {
  label: string;
  objectName: string;
  question: string;
  onConfirmed: () => void;
}): ReactElement {
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => {
        if (window.confirm(props.question)) props.onConfirmed();
      }}
    >
      {props.label}
      <span className="visually-hidden"> {props.objectName}</span>
    </button>
  );
}
