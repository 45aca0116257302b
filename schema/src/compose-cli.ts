import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SCHEMA_DIR, unacceptedHints } from './compose';

/** `pnpm compose`: writes schema/<service>.graphql and schema/supergraph.graphql. */
async function main(): Promise<void> {
  const { files, errors, hints } = await composeSupergraph();
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(SCHEMA_DIR, name), content);
    console.log(`wrote schema/${name}`);
  }
  for (const error of errors) console.error(`composition error: ${error}`);
  const fresh = unacceptedHints(hints);
  for (const hint of fresh) console.warn(`unaccepted hint ${hint.code}: ${hint.message}`);
  if (fresh.length > 0) {
    console.warn('Read each hint; if it is intended, add it to schema/accepted-hints.json.');
  }
  if (errors.length > 0 || fresh.length > 0) process.exitCode = 1;
}

void main();
