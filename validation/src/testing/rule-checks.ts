import type { z } from 'zod';
import { MESSAGES, type Language } from '../messages';
import { describeProblem, problemsFromZod, type Problem } from '../problems';

/** What a schema made of an input: the value, or the problems as the API reports them. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses as the API does (`reportInput`, problems named under `prefix`). Lets anything the
 * schema throws escape, so a property that calls it fails on a throw.
 * @param schema - a zod schema of this package
 * @param input - any value
 * @param prefix - the argument name, e.g. `patient` ('' for none)
 * @returns the parsed value or the problems
 */
export function parseAsApi<T>(schema: z.ZodType<T>, input: unknown, prefix = ''): Parsed<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error, prefix) };
}

const LANGUAGES = Object.keys(MESSAGES) as Language[];

/**
 * Whether a person can read a problem: a known rule, and in every language a non-empty sentence
 * with every `{placeholder}` filled in.
 * @param problem - a problem from problemsFromZod or a rule function
 * @returns the sentence that fails, or null when all read well
 */
export function unreadableMessage(problem: Problem): string | null {
  // braces a person typed (a value such as "{0}") are not placeholders left unfilled
  const probe = {
    ...problem,
    values: problem.values
      ? Object.fromEntries(
          Object.entries(problem.values).map(([name, value]) => [
            name,
            typeof value === 'string' ? value.replace(/[{}]/g, '') : value,
          ]),
        )
      : problem.values,
  } as Problem;
  for (const language of LANGUAGES) {
    if (!(problem.rule in MESSAGES[language])) return `${language}: no message for ${problem.rule}`;
    const sentence = describeProblem(probe, language);
    if (sentence.trim() === '' || /\{\w+\}/.test(sentence)) return `${language}: ${sentence}`;
  }
  return null;
}

/**
 * The top-level field a problem names under `prefix`: `patient.address.city` → `address`.
 * @param problem - the problem
 * @param prefix - the argument name ('' for none)
 * @returns the first path segment, '' for the argument itself, or null when outside `prefix`
 */
export function topField(problem: Problem, prefix = ''): string | null {
  let rest = problem.field;
  if (prefix) {
    if (rest === prefix) return '';
    if (!rest.startsWith(`${prefix}.`) && !rest.startsWith(`${prefix}[`)) return null;
    rest = rest.slice(prefix.length).replace(/^\./, '');
  }
  return /^[^.[]*/.exec(rest)![0];
}
