import { CombinedGraphQLErrors } from '@apollo/client';

/** The first GraphQL error of a refused mutation: its code, the input field it names, its text. */
export interface MutationProblem {
  /** `extensions.code`, e.g. BAD_USER_INPUT or CONFLICT; `NETWORK` when no GraphQL answer came */
  code: string;
  /** `extensions.field` without the `input.` prefix, e.g. `proxyLogin` for `input.proxyLogin` */
  field: string | null;
  /** the server's sentence, written for people (English) */
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
