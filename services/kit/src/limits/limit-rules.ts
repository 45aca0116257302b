import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GraphqlLimits } from './graphql-limits';

/** The name a limit's error gives in `extensions.limit`. */
export type LimitName =
  | 'maxDepth'
  | 'maxAliases'
  | 'maxDirectives'
  | 'maxTokens'
  | 'maxSameField'
  | 'maxCost'
  | 'introspectionNesting';

/**
 * The error a request gets when it breaks a limit: GraphQL validation, so HTTP 400 and nothing
 * runs.
 * @param message - says the limit and what was found
 * @param limit - which limit
 * @param maximum - its number
 * @returns the error
 */
export function limitError(message: string, limit: LimitName, maximum: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum, http: { status: 400 } },
  });
}

/** Reports GraphQL Armor's finding as our error; `found` is parsed from its message. */
function armorReport(
  limit: LimitName,
  maximum: number,
  sentence: (found: string) => string,
): {
  propagateOnRejection: false;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
} {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1] ?? 'more';
        context?.reportError(limitError(sentence(found), limit, maximum));
      },
    ],
  };
}

/** Fields of `__Type` that lead to more types: nesting them is how introspection goes round in circles. */
const TYPE_BRANCHES = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes']);

/**
 * Refuses introspection that nests `fields` (or `inputFields`, `interfaces`, `possibleTypes`)
 * inside another of them: the standard introspection query never does, and the circular kind
 * (graphql-cop "circular introspection") multiplies the answer with each level.
 * @param context - the validation context
 * @returns the visitor
 */
export function introspectionNestingRule(context: ValidationContext): ASTVisitor {
  const walk = (
    set: SelectionSetNode,
    inside: boolean,
    branches: number,
    seen: Set<string>,
  ): boolean => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const entering = inside || name === '__schema' || name === '__type';
        const count = branches + (entering && TYPE_BRANCHES.has(name) ? 1 : 0);
        if (count > 1) return false;
        if (selection.selectionSet && !walk(selection.selectionSet, entering, count, seen))
          return false;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!walk(selection.selectionSet, inside, branches, seen)) return false;
      } else if (!seen.has(selection.name.value)) {
        const fragment = context.getFragment(selection.name.value);
        const next = new Set(seen).add(selection.name.value);
        if (fragment && !walk(fragment.selectionSet, inside, branches, next)) return false;
      }
    }
    return true;
  };
  return {
    OperationDefinition(operation) {
      if (!walk(operation.selectionSet, false, 0, new Set())) {
        context.reportError(
          limitError(
            'Introspection may not nest fields inside fields (circular introspection); ask for one level at a time.',
            'introspectionNesting',
            1,
          ),
        );
      }
      return false;
    },
  };
}

/**
 * Refuses a selection set that asks for the same response key more than `maximum` times
 * (graphql-cop "field duplication": `{ __typename __typename … }` five hundred times; different
 * aliases are counted by maxAliases instead).
 * @param maximum - most times one field may appear in one selection set
 * @returns the rule
 */
export function maxSameFieldRule(maximum: number): ValidationRule {
  return (context) => ({
    SelectionSet(set) {
      const counts = new Map<string, number>();
      for (const selection of set.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const name = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        if (count === maximum + 1) {
          context.reportError(
            limitError(
              `The field "${name}" is asked for more than ${maximum} times in one selection; ask for it once.`,
              'maxSameField',
              maximum,
            ),
          );
        }
      }
    },
  });
}

/**
 * The validation rules that enforce a service's limits on depth, aliases, directives, repeated
 * fields and introspection nesting (GraphQL Armor for the first three). Each refusal is a
 * GRAPHQL_VALIDATION_FAILED error (HTTP 400) naming the limit, with `extensions.limit` and
 * `extensions.maximum`; nothing of the operation runs.
 * @param limits - the service's limits
 * @returns rules for Apollo Server's `validationRules`
 */
export function limitValidationRules(limits: GraphqlLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ...armorReport(
        'maxDepth',
        limits.maxDepth,
        (found) => `Query depth ${found} exceeds the maximum of ${limits.maxDepth}.`,
      ),
    }) as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      // aliases of __typename count too (graphql-cop "alias overloading" uses them)
      allowList: [],
      ...armorReport(
        'maxAliases',
        limits.maxAliases,
        (found) => `The query uses ${found} aliases; at most ${limits.maxAliases} are allowed.`,
      ),
    }) as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...armorReport(
        'maxDirectives',
        limits.maxDirectives,
        (found) =>
          `The query uses ${found} directives; at most ${limits.maxDirectives} are allowed.`,
      ),
    }) as ValidationRule,
    maxSameFieldRule(limits.maxSameField),
    introspectionNestingRule,
  ];
}
