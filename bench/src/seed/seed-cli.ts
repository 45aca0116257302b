import { FULL_SCALE, QUICK_SCALE, type SeedTarget } from './seed-scale';
import { seedLargeLoad } from './seed-large-load';

/**
 * Seeds one target from the command line and prints the manifest:
 * `node bench/dist/seed/seed-cli.js <data-dir | postgres://…/base> [--quick]`.
 */
async function main(): Promise<void> {
  const [where, ...flags] = process.argv.slice(2);
  if (!where) throw new Error('usage: seed-cli <data-dir | postgres-url> [--quick]');
  const target: SeedTarget = /^postgres(ql)?:/.test(where)
    ? { database: 'postgres', databaseUrl: where }
    : { database: 'sqlite', dataDir: where };
  const manifest = await seedLargeLoad(
    target,
    flags.includes('--quick') ? QUICK_SCALE : FULL_SCALE,
    (line) => console.log(line),
  );
  console.log(JSON.stringify(manifest, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
