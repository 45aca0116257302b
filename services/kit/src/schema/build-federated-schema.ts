import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { guardPartnerFields } from '../auth/partner-fields';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

/** Federation 2 directives a subgraph may use; imported into every subgraph's SDL. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** `__resolveReference` functions per entity type name, e.g. `{ Case: { __resolveReference } }`. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

/** The result of building a subgraph: the executable schema and the SDL it was built from. */
export interface FederatedSchema {
  schema: GraphQLSchema;
  /** the subgraph SDL with federation directives, as printed to `schema/<service>.graphql` */
  sdl: string;
}

/**
 * Builds a Federation 2 subgraph from type-graphql resolvers. type-graphql has no federation
 * support, so its schema is printed with directives (`@key` on entity classes survives), the
 * federation `@link` is prepended, and Apollo's `buildSubgraphSchema` rebuilds it with the
 * type-graphql resolvers plus the given reference resolvers; partner tokens are then limited to
 * the fields of PARTNER_FIELDS.
 * @param resolvers - type-graphql resolver classes
 * @param referenceResolvers - `__resolveReference` per entity type owned or extended here
 * @param entityStubs - classes of entities owned elsewhere that this subgraph extends (`Case`
 *   outside patient-intake); no query returns them, so type-graphql must be told to keep them
 * @returns schema and SDL
 */
export async function buildFederatedSchema(
  resolvers: NonEmptyArray<Function>,
  referenceResolvers: ReferenceResolvers = {},
  entityStubs: Function[] = [],
): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers,
    orphanedTypes: entityStubs,
    skipCheck: true,
    validate: false,
    emitSchemaFile: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolverMap = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolverMap[typeName] = { ...(resolverMap[typeName] ?? {}), ...reference } as never;
  }
  // partner organisations' tokens resolve a case's status only, in every subgraph (issue 10)
  const schema = guardPartnerFields(
    buildSubgraphSchema({ typeDefs: gql(sdl), resolvers: resolverMap }),
  );
  return { schema, sdl };
}
