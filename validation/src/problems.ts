import type { z } from 'zod';
import { MESSAGES, type Language, type RuleKey } from './messages';

/**
 * One broken rule: the field (a dotted path as the API names it, e.g. `symptoms[0].description`),
 * the rule, and the values its message needs.
 */
export interface Problem {
  field: string;
  rule: RuleKey;
  values?: Record<string, string | number>;
}

/** Formats numbers the Indian way (4,000; 20,000; 1,00,000). */
const NUMBER = new Intl.NumberFormat('en-IN');

/**
 * The sentence a person reads for a problem, in their language.
 * @param problem - the broken rule
 * @param language - `en` (default) or `hi`
 * @returns e.g. "At most 4,000 characters (20,000 entered)."
 */
export function describeProblem(problem: Problem, language: Language = 'en'): string {
  const template = MESSAGES[language][problem.rule] ?? MESSAGES.en[problem.rule];
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = problem.values?.[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? NUMBER.format(value) : value;
  });
}

/** Joins a zod path into the API's dotted field name: `['symptoms', 0, 'description']` → `symptoms[0].description`. */
export function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  let field = prefix;
  for (const part of path) {
    if (typeof part === 'number') field += `[${part}]`;
    else field += field ? `.${String(part)}` : String(part);
  }
  return field;
}

/**
 * A value someone entered as a message quotes it: text as typed, anything else as JSON (never
 * throws, whatever arrived: objects without a prototype, BigInts, symbols), at most 60 characters.
 * @param input - the value a rule refused
 * @returns e.g. `11`, `VERY_SEVERE` or `{"level":3}`
 */
function shownValue(input: unknown): string {
  let shown: string;
  if (typeof input === 'string') shown = input;
  else {
    try {
      shown = JSON.stringify(input) ?? String(input);
    } catch {
      shown = Object.prototype.toString.call(input);
    }
  }
  const characters = [...shown];
  return characters.length > 60 ? `${characters.slice(0, 59).join('')}…` : shown;
}

/**
 * Turns zod's issues into problems. Rules of our own travel in `params.rule`; zod's built-in
 * checks become required / too long / too many / one of.
 * @param error - from `safeParse(…, { reportInput: true })`
 * @param prefix - the argument the input arrived in, e.g. `patient`
 * @returns one problem per issue, in order
 */
export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldName(prefix, issue.path);
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'custom': {
        const params = (issue.params ?? {}) as { rule?: RuleKey; values?: Problem['values'] };
        return { field, rule: params.rule ?? 'invalid', values: params.values };
      }
      case 'too_big':
        if (issue.origin === 'string') {
          const length = typeof input === 'string' ? [...input].length : 0;
          return { field, rule: 'text.tooLong', values: { max: Number(issue.maximum), length } };
        }
        if (issue.origin === 'array') {
          return { field, rule: 'list.tooMany', values: { max: Number(issue.maximum) } };
        }
        return { field, rule: 'number.range', values: { max: Number(issue.maximum) } };
      case 'too_small':
        if (issue.origin === 'string') return { field, rule: 'required' };
        if (issue.origin === 'array') {
          return { field, rule: 'list.tooFew', values: { min: Number(issue.minimum) } };
        }
        return { field, rule: 'number.range', values: { min: Number(issue.minimum) } };
      case 'invalid_value':
        if (input === undefined || input === null || input === '')
          return { field, rule: 'required' };
        return {
          field,
          rule: 'oneOf',
          values: { allowed: issue.values.map(String).join(', '), entered: shownValue(input) },
        };
      case 'invalid_type':
        return input === undefined || input === null
          ? { field, rule: 'required' }
          : { field, rule: 'invalid' };
      default:
        return { field, rule: 'invalid' };
    }
  });
}
