import type { ValidationRule } from 'graphql';
import type { GraphqlLimits } from './graphql-limits';
import { limitValidationRules } from './limit-rules';

/** The part of Apollo Server's options that the limits set. */
export interface LimitServerOptions {
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  validationOptions: { maxErrors: number };
  introspection: true;
  hideSchemaDetailsFromClientErrors: boolean;
}

/**
 * Apollo Server options for a service's limits: the validation rules, the token limit of
 * graphql-js's parser, validation that stops after a few errors, and, in production, no "Did you mean …?" suggestions that would reveal
 * the schema (graphql-cop "field suggestions"). Introspection is left on here: the limits plugin
 * lets only staff use it in production.
 * @param limits - the service's limits
 * @param production - whether NODE_ENV is production
 * @returns options to spread into `new ApolloServer({...})`
 */
export function limitServerOptions(limits: GraphqlLimits, production: boolean): LimitServerOptions {
  return {
    validationRules: limitValidationRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    validationOptions: { maxErrors: limits.maxValidationErrors },
    introspection: true,
    hideSchemaDetailsFromClientErrors: production,
  };
}
