import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const REPO = path.resolve(__dirname, '../../..');

/** One operation a client of the platform sends, and where it is written. */
export interface AppOperation {
  /** e.g. `mfe-patient: CaseOverview` */
  name: string;
  document: DocumentNode;
}

/** The typed documents graphql-codegen wrote for an app (`export const XDocument = {…} as unknown as …`). */
function codegenDocuments(file: string, app: string): AppOperation[] {
  const source = fs.readFileSync(path.join(REPO, file), 'utf8');
  const found: AppOperation[] = [];
  for (const match of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as /gm)) {
    found.push({ name: `${app}: ${match[1]}`, document: JSON.parse(match[2]!) as DocumentNode });
  }
  return found;
}

/** The public pages' queries: template strings starting `query` in root-config. */
function publicPageQueries(): AppOperation[] {
  const found: AppOperation[] = [];
  const folder = path.join(REPO, 'root-config/src');
  for (const file of fs.readdirSync(folder, { recursive: true }) as string[]) {
    if (!file.endsWith('-query.ts')) continue;
    const source = fs.readFileSync(path.join(folder, file), 'utf8');
    for (const match of source.matchAll(/`(query \w+[^`]*)`/g)) {
      found.push({ name: `root-config: ${file}`, document: parse(match[1]!) });
    }
  }
  return found;
}

/**
 * Every operation the platform's own clients send: the three apps and the partner client
 * (graphql-codegen's documents) and the public pages of the root config.
 * @returns the operations, named by app and operation
 */
export function appOperations(): AppOperation[] {
  return [
    ...codegenDocuments('mfe-patient/src/gql/graphql.ts', 'mfe-patient'),
    ...codegenDocuments('mfe-doctor/src/gql/graphql.ts', 'mfe-doctor'),
    ...codegenDocuments('mfe-admin/src/gql/graphql.ts', 'mfe-admin'),
    ...codegenDocuments('gateway/src/partners/client/gql/graphql.ts', 'partner client'),
    ...publicPageQueries(),
  ];
}

/** A value of the type that makes the operation as large as it can be: pages of 100, `@include` on. */
function largestValue(schema: GraphQLSchema, type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return largestValue(schema, type.ofType, name);
  if (isListType(type)) return [largestValue(schema, type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, largestValue(schema, field.type, field.name)]),
    );
  }
  switch (type.name) {
    case 'Int':
      return name === 'first' || name === 'last' ? 100 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

/**
 * Variables for an operation that make it as costly as the app can make it: `first`/`last` at
 * the page maximum of 100, every `@include` flag on.
 * @param schema - the schema
 * @param document - the operation's document
 * @returns the variables
 */
export function largestVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
): Record<string, unknown> {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const variables: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type)
      variables[definition.variable.name.value] = largestValue(
        schema,
        type,
        definition.variable.name.value,
      );
  }
  return variables;
}
