import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

describe('The generated GraphQL types of the apps', () => {
  it('are what `pnpm codegen` makes from today’s supergraph and operations', () => {
    const printed = execFileSync(process.execPath, [path.join(ROOT, 'scripts/codegen-check.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { checked, stale } = JSON.parse(printed.trim().split('\n').at(-1)!) as {
      checked: number;
      stale: string[];
    };
    // four files for each of the three apps, and four for the partner client (with its safelist)
    expect(checked).toBe(16);
    expect(stale).toEqual([]);
  });
});
