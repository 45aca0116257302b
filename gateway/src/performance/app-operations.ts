import fs from 'node:fs';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';

/** The microfrontends whose generated documents (`<app>/src/gql/graphql.ts`) can be read. */
export type AppName = 'mfe-patient' | 'mfe-doctor' | 'mfe-admin';

const REPOSITORY = path.resolve(__dirname, '../../..');
const generated = new Map<AppName, string>();

/**
 * An operation exactly as an app sends it: the document graphql-codegen generated for it in the
 * app's `src/gql/graphql.ts` (with its fragments), printed.
 * @param app - the microfrontend
 * @param operation - the operation's name, e.g. `PatientCasePage`
 * @returns the query text
 * @throws when the app has no such generated operation
 */
export function appOperation(app: AppName, operation: string): string {
  let source = generated.get(app);
  if (source === undefined) {
    source = fs.readFileSync(path.join(REPOSITORY, app, 'src', 'gql', 'graphql.ts'), 'utf8');
    generated.set(app, source);
  }
  const start = `export const ${operation}Document = `;
  const line = source.split('\n').find((candidate) => candidate.startsWith(start));
  if (!line) throw new Error(`${app} has no generated operation ${operation}`);
  const json = line.slice(start.length, line.lastIndexOf(' as unknown as '));
  return print(JSON.parse(json) as DocumentNode);
}
