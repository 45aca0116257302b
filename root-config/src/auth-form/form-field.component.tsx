import type { ReactElement } from 'react';

/** A polite live region saying what is under way ("Signing in…"), empty otherwise. */
export function BusyStatus(props: { message: string | null }): ReactElement {
  return (
    <p role="status" className="muted busy-status">
      {props.message ?? ''}
    </p>
  );
}
