// Prints, as JSON, every file `pnpm codegen` would write that differs from the one on disk
// (an empty list when the apps' generated GraphQL code is up to date). Used by a test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
const outputs = await generate({ ...config, cwd: root, silent: true }, false);
const stale = outputs
  .filter((output) => {
    const file = path.resolve(root, output.filename);
    return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== output.content;
  })
  .map((output) => output.filename);
console.log(JSON.stringify({ checked: outputs.length, stale }));
