import { CombinedGraphQLErrors } from '@apollo/client';
import {
  describeProblem,
  MESSAGES,
  problemsFromZod,
  type Problem,
  type RuleKey,
} from '@consilium/validation';
import type { FormErrors } from '@consilium/web-kit';
import type { useTranslation } from 'react-i18next';

/** A broken rule as the apps handle it: the API's field name, the rule, its values, and the server's own sentence. */
export interface FieldProblem {
  /** the API's dotted field name, e.g. `intake.symptoms[0].description` or `patient.phone` */
  field: string;
  rule: string;
  values?: Record<string, string | number> | null;
  /** the server's sentence (English), used when the rule is unknown here */
  message?: string;
}

/** What a failed mutation said: its code, the field it names, its text and its broken rules. */
export interface ServerFailure {
  /** `extensions.code`, e.g. BAD_USER_INPUT or CONFLICT; `NETWORK` when no GraphQL answer came */
  code: string;
  field: string | null;
  message: string;
  problems: FieldProblem[];
}

/**
 * The id of the element that edits an API field: `intake.symptoms[0].description` →
 * `intake-symptoms-0-description`.
 * @param field - the API's dotted field name
 * @returns an element id
 */
export function fieldDomId(field: string): string {
  return field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

/**
 * The UI language as the shared messages know it.
 * @param language - i18next's current language
 * @returns `hi` or `en`
 */
export function messageLanguage(language: string): 'en' | 'hi' {
  return language.startsWith('hi') ? 'hi' : 'en';
}

/**
 * The sentence for a problem in the UI language (the server's own sentence for a rule the app
 * does not know).
 * @param problem - the problem
 * @param language - i18next's current language
 * @returns the sentence
 */
export function problemMessage(problem: FieldProblem, language: string): string {
  if (!(problem.rule in MESSAGES.en))
    return problem.message ?? MESSAGES[messageLanguage(language)].invalid;
  return describeProblem(
    {
      field: problem.field,
      rule: problem.rule as RuleKey,
      values: problem.values ?? undefined,
    },
    messageLanguage(language),
  );
}

/**
 * The problems zod found, named as the API names fields.
 * @param error - zod's error
 * @param prefix - the argument the input goes in, e.g. `intake` or `patient`
 * @returns the problems
 */
export function zodProblems(
  error: Parameters<typeof problemsFromZod>[0],
  prefix: string,
): FieldProblem[] {
  return problemsFromZod(error, prefix).map((problem: Problem) => ({ ...problem }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a rejected mutation says, with the rules it lists in `extensions.problems` (or the one
 * field it names in `extensions.field`).
 * @param error - what the mutation threw
 * @returns the failure
 */
export function serverFailure(error: unknown): ServerFailure {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0]!;
    const extensions = first.extensions ?? {};
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNEXPECTED';
    const field = typeof extensions['field'] === 'string' ? extensions['field'] : null;
    const listed = Array.isArray(extensions['problems']) ? extensions['problems'] : [];
    const problems: FieldProblem[] = listed.filter(isRecord).flatMap((item) =>
      typeof item['field'] === 'string' && typeof item['rule'] === 'string'
        ? [
            {
              field: item['field'],
              rule: item['rule'],
              values: isRecord(item['values'])
                ? (item['values'] as Record<string, string | number>)
                : null,
              message: typeof item['message'] === 'string' ? item['message'] : first.message,
            },
          ]
        : [],
    );
    if (problems.length === 0 && field && code === 'BAD_USER_INPUT') {
      problems.push({ field, rule: 'server', message: first.message });
    }
    return { code, field, message: first.message, problems };
  }
  return {
    code: 'NETWORK',
    field: null,
    message: error instanceof Error ? error.message : '',
    problems: [],
  };
}

/**
 * Places problems next to the fields they are about: each goes to the element editing its field,
 * else to the nearest enclosing part of the form that has one (e.g. `intake.symptoms` for the
 * list), else into the message about the whole form.
 * @param problems - the problems, API field names
 * @param language - i18next's current language
 * @param exists - whether the form has an element with this id
 * @param formMessage - the sentence introducing problems that belong to no field shown
 * @returns the form's errors
 */
export function formErrorsFrom(
  problems: readonly FieldProblem[],
  language: string,
  exists: (id: string) => boolean,
  formMessage: string,
): FormErrors {
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const problem of problems) {
    const message = problemMessage(problem, language);
    let path = problem.field;
    let placed = false;
    while (path) {
      const id = fieldDomId(path);
      if (exists(id)) {
        fields[id] = fields[id] ? `${fields[id]} ${message}` : message;
        placed = true;
        break;
      }
      const shorter = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === path) break;
      path = shorter;
    }
    if (!placed) loose.push(message);
  }
  return { fields, form: loose.length > 0 ? `${formMessage} ${loose.join(' ')}` : null };
}

/** What a field component needs to edit one value of a flat form: id, value, change, error. */
export interface BoundField {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/**
 * Binds fields of a flat form whose keys are API paths under one argument (e.g. `address.city`
 * under `patient`): the element id is the API field's, so server errors find it.
 * @param prefix - the argument, e.g. `patient`
 * @param values - the form's values by path
 * @param set - changes one value
 * @param errors - the form's errors by element id
 * @returns a function binding one path
 */
export function fieldBinder(
  prefix: string,
  values: Readonly<Record<string, string>>,
  set: (path: string, value: string) => void,
  errors: FormErrors,
): (path: string) => BoundField {
  return (path) => {
    const id = fieldDomId(`${prefix}.${path}`);
    return {
      id,
      value: values[path] ?? '',
      onChange: (value) => set(path, value),
      error: errors.fields[id],
    };
  };
}

/** The patient namespace's translate function (what `useTranslation('patient')` gives as `t`). */
export type Translate = ReturnType<typeof useTranslation<'patient'>>['t'];
