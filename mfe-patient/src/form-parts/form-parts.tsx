import { useFormState, type FormState } from '@consilium/web-kit';
import type { ReactElement, ReactNode } from 'react';

export { isValid, NO_ERRORS, type FormErrors } from '@consilium/web-kit';

/** A form's errors, busy state and focus (the apps' shared form state). */
export type PageForm = FormState;

/** The errors, busy state and focus handling of the app's forms (as the sign-in pages do it). */
export const usePageForm = useFormState;

/** A polite live region saying what is under way, or what just succeeded; empty otherwise. */
export function FormStatus(props: { children: ReactNode }): ReactElement {
  return <div role="status">{props.children}</div>;
}
