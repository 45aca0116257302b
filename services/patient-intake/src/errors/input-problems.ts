import { ClientError } from '@consilium/subgraph-kit';
import { describeProblem, problemsFromZod, type Problem } from '@consilium/validation';
import type { z } from 'zod';

/**
 * The error for input that breaks rules: BAD_USER_INPUT whose message is the first problem's
 * sentence, with `extensions.field` (the first field) and `extensions.problems` (every problem:
 * field, rule, values and message) so an app can show each next to its input, in its language.
 * @param problems - at least one
 * @returns the error to throw
 */
export function inputProblemsError(problems: Problem[]): ClientError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new ClientError('BAD_USER_INPUT', `${first!.field}: ${describeProblem(first!)}${more}`, {
    field: first!.field,
    problems: problems.map((problem) => ({ ...problem, message: describeProblem(problem) })),
  });
}

/**
 * Parses input with a shared schema of @consilium/validation.
 * @param schema - the zod schema
 * @param value - as received
 * @param prefix - the argument name, e.g. `patient`
 * @returns the parsed (normalised) value
 * @throws BAD_USER_INPUT listing every broken rule (see inputProblemsError)
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  prefix: string,
): z.output<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw inputProblemsError(problemsFromZod(parsed.error, prefix));
  return parsed.data;
}
