import { parseArgs } from 'node:util';
import { BackupError } from './backup-error';
import { restoreBackup } from './restore-backup';
import { takeBackup } from './take-backup';

const USAGE = `usage:
  pnpm backup <folder>              back up every database and the file store (the platform may run)
  pnpm restore <folder> [--replace] restore a backup into a stopped platform
The data is found as the services find it: DATA_DIR (default ./data), DATABASE_URL or
<SERVICE>_DATABASE_URL, RECORDS_FILES_DIR.`;

/**
 * `pnpm backup <folder>` and `pnpm restore <folder> [--replace]` (see docs/reliability.md).
 * Exits 0 when done, 1 when refused or failed (printing the problem's code and what to do), 2 on a
 * mistyped command line.
 * @param argv - the arguments after the script, e.g. `['backup', '/backups/2026-12-01']`
 * @returns the exit status
 */
export async function backupCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { replace: { type: 'boolean', default: false } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [action, folder, ...extra] = parsed.positionals;
  if (!folder || extra.length > 0 || (action !== 'backup' && action !== 'restore')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (action === 'backup' && parsed.values.replace) {
    process.stderr.write(`--replace is for restore only\n${USAGE}\n`);
    return 2;
  }
  try {
    if (action === 'backup') {
      const manifest = await takeBackup(folder);
      const bytes = manifest.entries.reduce((sum, entry) => sum + entry.size, 0);
      const databases = manifest.entries.filter((entry) => entry.kind !== 'file');
      process.stdout.write(
        `backup written to ${folder}: ${databases.length} databases ` +
          `(${databases.map((entry) => `${entry.service} ${entry.kind}`).join(', ')}), ` +
          `${manifest.entries.length - databases.length} stored files, ${bytes} bytes, ` +
          `finished ${manifest.finishedAt}\n`,
      );
    } else {
      const report = await restoreBackup(folder, { replace: parsed.values.replace });
      process.stdout.write(
        `restored from ${folder}:\n${report.restored.map((line) => `  ${line}\n`).join('')}` +
          (report.setAside.length > 0
            ? `the data it replaced is kept (remove it once the restored platform is checked):\n` +
              report.setAside.map((line) => `  ${line}\n`).join('')
            : '') +
          'Start the platform with the same RECORDS_MASTER_KEY, PATIENT_INTAKE_MASTER_KEY and ' +
          'IDENTITY_SECRET it had when the backup was taken (they are not in the backup).\n',
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`${action} refused (${error.code}): ${error.message}\n`);
    } else {
      process.stderr.write(`${action} failed: ${(error as Error).stack ?? String(error)}\n`);
    }
    return 1;
  }
}

if (require.main === module) {
  void backupCommand(process.argv.slice(2)).then((status) => process.exit(status));
}
