import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  postGraphQL,
  startPlatformProcess,
  type PlatformProcess,
} from '@consilium/subgraph-kit/testing';
import { DEMO_PASSWORD } from '../identity/demo/demo-accounts';

// Issue 12, backups: `pnpm backup` while the platform runs, `pnpm restore` into a fresh data
// folder (SQLite, `pnpm test`) or fresh databases (PostgreSQL, `pnpm test:persistence`), and the
// restored platform serves the same case byte-for-byte and the same document bytes. A backup that
// is unfinished or altered is refused before anything changes.

/** Gateway ports of the platform backed up and of the restored one (subgraphs on the five after). */
const SOURCE_PORT = 16400;
const RESTORED_PORT = 16410;
const ROOT = path.resolve(__dirname, '../../..');
const COMMAND = path.join(ROOT, 'services/kit/dist/backup/main.js');
const FIXTURE = path.resolve(ROOT, '../shared/fixtures/files/echocardiography-report-case-e.jpg');
/** Kavita Deshpande's demo case, which the services' demo data gives two reports. */
const CASE_ID = '019ad000-0000-7000-8000-000000000101';
const KAVITA = 'kavita.deshpande@example.org';

const CASE_QUERY = `query ($id: ID!) { case(id: $id) {
  id stage createdAt updatedAt
  patient { id fullName birthDate gender }
  panel { mode members { specialist { fullName } } }
  quote { amount currency }
  documents { id createdAt title kind contentType size sha256 textStatus status photoQuality { sharpness brightness tooBlurred tooDark } }
} }`;

/** PostgreSQL when the run has DATABASE_URL (a base name per platform, under the run's prefix). */
const postgresBase = process.env['DATABASE_URL']
  ? (() => {
      const url = new URL(process.env['DATABASE_URL']);
      url.pathname = `/${url.pathname.replace(/^\//, '') || 'consilium'}_t${randomBytes(4).toString('hex')}`;
      return url;
    })()
  : undefined;
/** The DATABASE_URL of one platform of this file (`a`: the source, `b`, `c`: restores). */
const databaseUrlOf = (platform: 'a' | 'b' | 'c'): string | undefined => {
  if (!postgresBase) return undefined;
  const url = new URL(postgresBase);
  url.pathname = `${url.pathname}${platform}`;
  return url.toString();
};

/** Runs `pnpm backup`/`pnpm restore`'s program on a data folder (and databases). */
function command(args: string[], dataDir: string, databaseUrl: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  delete env['RECORDS_FILES_DIR'];
  delete env['RECORDS_S3_BUCKET'];
  if (databaseUrl) env['DATABASE_URL'] = databaseUrl;
  const run = spawnSync(process.execPath, [COMMAND, ...args], { env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sessions = new Map<string, { authorization: string }>();

/** Signs Kavita in (once per platform). @returns her Authorization header */
async function signIn(platform: PlatformProcess): Promise<{ authorization: string }> {
  const cached = sessions.get(platform.origin);
  if (cached) return cached;
  const response = await fetch(`${platform.origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: KAVITA, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  sessions.set(platform.origin, { authorization: `Bearer ${body.accessToken}` });
  return sessions.get(platform.origin)!;
}

/** The case as Kavita reads it through the gateway: the response body exactly as sent. */
async function caseResponse(platform: PlatformProcess): Promise<string> {
  const response = await fetch(`${platform.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await signIn(platform)) },
    body: JSON.stringify({ query: CASE_QUERY, variables: { id: CASE_ID } }),
  });
  return response.text();
}

/** Every document of the case, downloaded: title → bytes. */
async function documentBytes(platform: PlatformProcess): Promise<Record<string, Buffer>> {
  const read = await postGraphQL<{
    case: { documents: { title: string; downloadUrl: string }[] };
  }>(
    `${platform.origin}/graphql`,
    'query ($id: ID!) { case(id: $id) { documents { title downloadUrl } } }',
    { id: CASE_ID },
    await signIn(platform),
  );
  const bytes: Record<string, Buffer> = {};
  for (const document of read.data!.case.documents) {
    const response = await fetch(`${platform.origin}${document.downloadUrl}`);
    expect(response.status).toBe(200);
    bytes[document.title] = Buffer.from(await response.arrayBuffer());
  }
  return bytes;
}

/** Uploads a report photo to the case as Kavita (upload URL, PUT, completeUpload). */
async function uploadReport(platform: PlatformProcess, bytes: Buffer): Promise<void> {
  const kavita = await signIn(platform);
  const asked = await postGraphQL<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
    `${platform.origin}/graphql`,
    'mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }',
    {
      input: {
        caseId: CASE_ID,
        fileName: 'echocardiography-report-case-e.jpg',
        contentType: 'image/jpeg',
        byteSize: bytes.length,
        kind: 'IMAGING_REPORT',
      },
    },
    kavita,
  );
  expect(asked.errors).toBeUndefined();
  const put = await fetch(`${platform.origin}${asked.data!.requestUpload.uploadUrl}`, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(put.status).toBe(200);
  const done = await postGraphQL(
    `${platform.origin}/graphql`,
    'mutation ($id: ID!) { completeUpload(uploadId: $id) { id } }',
    { id: asked.data!.requestUpload.uploadId },
    kavita,
  );
  expect(done.errors).toBeUndefined();
}

/** Waits until no document of the case waits for text extraction (so the case stops changing). */
async function documentsSettled(platform: PlatformProcess): Promise<void> {
  for (;;) {
    const body = await caseResponse(platform);
    if (!body.includes('"PENDING"')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The PostgreSQL databases whose names start with `prefix` (none on SQLite). */
function databasesNamed(prefix: string | undefined): string[] {
  if (!postgresBase || !prefix) return [];
  const admin = new URL(postgresBase);
  admin.pathname = '/postgres';
  const like = new URL(prefix).pathname.slice(1);
  return execFileSync(
    'psql',
    [admin.toString(), '-Atc', `select datname from pg_database where datname like '${like}%'`],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);
}

const filesIn = (folder: string): string[] =>
  fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true }) as string[]) : [];

describe(`Backup and restore (${postgresBase ? 'PostgreSQL' : 'SQLite'})`, () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-backup-'));
  const backup = path.join(work, 'backup');
  let source: PlatformProcess | undefined;
  let restored: PlatformProcess | undefined;

  afterAll(async () => {
    await source?.stop();
    await restored?.stop();
    fs.rmSync(work, { recursive: true, force: true });
    if (postgresBase) {
      const admin = new URL(postgresBase);
      admin.pathname = '/postgres';
      for (const name of databasesNamed(postgresBase.toString())) {
        execFileSync('psql', [
          admin.toString(),
          '-qc',
          `drop database if exists "${name}" with (force)`,
        ]);
      }
    }
  });

  it('restores, from a backup taken while the platform ran, a platform serving the same case and document bytes', async () => {
    const sourceDir = path.join(work, 'a');
    source = await startPlatformProcess(SOURCE_PORT, 90_000, {
      dataDir: sourceDir,
      databaseUrl: databaseUrlOf('a'),
    });
    await uploadReport(source, fs.readFileSync(FIXTURE));
    await documentsSettled(source);
    const before = await caseResponse(source);
    const parsed = JSON.parse(before) as {
      data: { case: { documents: { title: string }[] } };
      errors?: unknown;
    };
    expect(parsed.errors).toBeUndefined();
    expect(parsed.data.case.documents.map((document) => document.title)).toContain(
      'echocardiography-report-case-e.jpg',
    );
    const bytesBefore = await documentBytes(source);
    expect(bytesBefore['echocardiography-report-case-e.jpg']).toEqual(fs.readFileSync(FIXTURE));

    const taken = command(['backup', backup], sourceDir, databaseUrlOf('a'));
    expect(taken.stderr).toBe('');
    expect(taken.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as {
      entries: { service: string; kind: string; file: string; size: number; sha256: string }[];
    };
    const databases = manifest.entries.filter((entry) => entry.kind !== 'file');
    expect(databases.map((entry) => `${entry.service} ${entry.kind}`).sort()).toEqual(
      ['billing', 'identity', 'patient-intake', 'records', 'specialist-matching'].map(
        (service) => `${service} ${postgresBase ? 'postgresql' : 'sqlite'}`,
      ),
    );
    // every database the running platform made is in the backup (a new service's would fail here)
    const made = postgresBase
      ? databasesNamed(databaseUrlOf('a')).map((name) =>
          name.slice(new URL(databaseUrlOf('a')!).pathname.length).replace(/_/g, '-'),
        )
      : fs
          .readdirSync(sourceDir)
          .filter((file) => file.endsWith('.sqlite'))
          .map((file) => file.replace(/\.sqlite$/, ''));
    expect(made.sort()).toEqual(databases.map((entry) => entry.service).sort());
    // every stored file is in the backup: the seeded reports and the upload (as ciphertext)
    const storeDir = path.join(sourceDir, 'records-files');
    const storedFiles = filesIn(storeDir)
      .filter((file) => fs.statSync(path.join(storeDir, file)).isFile())
      .map((file) => `files/${file.split(path.sep).join('/')}`);
    expect(
      manifest.entries.filter((entry) => entry.kind === 'file').map((entry) => entry.file),
    ).toEqual(storedFiles.sort());
    expect(storedFiles.length).toBeGreaterThanOrEqual(Object.keys(bytesBefore).length);
    // health records: the backup's files are readable by their owner only
    const opened = manifest.entries
      .map((entry) => entry.file)
      .concat('manifest.json')
      .filter((file) => (fs.statSync(path.join(backup, file)).mode & 0o077) !== 0);
    expect(opened).toEqual([]);
    if (!postgresBase) {
      // and so are the running platform's own databases
      const live = fs
        .readdirSync(sourceDir)
        .filter((file) => /\.sqlite(-wal|-shm)?$/.test(file))
        .filter((file) => (fs.statSync(path.join(sourceDir, file)).mode & 0o077) !== 0);
      expect(live).toEqual([]);
    }
    expect(await caseResponse(source)).toBe(before); // the backup changed nothing it serves
    await source.stop();

    const restoredDir = path.join(work, 'b');
    const done = command(['restore', backup], restoredDir, databaseUrlOf('b'));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    restored = await startPlatformProcess(RESTORED_PORT, 90_000, {
      dataDir: restoredDir,
      databaseUrl: databaseUrlOf('b'),
    });
    expect(await caseResponse(restored)).toBe(before);
    expect(await documentBytes(restored)).toEqual(bytesBefore);
  }, 300_000);

  it('refuses to restore over data without --replace, and with it keeps the replaced data aside', async () => {
    // the running platform is seen (PostgreSQL: its sessions; SQLite: its processes holding the
    // database files open) and nothing is touched
    const inUse = command(
      ['restore', backup, '--replace'],
      path.join(work, 'b'),
      databaseUrlOf('b'),
    );
    expect(inUse.status).toBe(1);
    expect(inUse.stderr).toContain('restore refused (TARGET_IN_USE)');
    expect(inUse.stderr).toContain('stop the platform before restoring');
    await restored?.stop();
    restored = undefined;
    const refused = command(['restore', backup], path.join(work, 'b'), databaseUrlOf('b'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('restore refused (TARGET_NOT_EMPTY)');
    expect(refused.stderr).toContain('--replace');

    const replaced = command(
      ['restore', backup, '--replace'],
      path.join(work, 'b'),
      databaseUrlOf('b'),
    );
    expect(replaced.stderr).toBe('');
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('the data it replaced is kept');
    expect(filesIn(path.join(work, 'b')).some((file) => /before-restore-/.test(file))).toBe(true);
    if (postgresBase) {
      expect(databasesNamed(databaseUrlOf('b')).filter((name) => /_old_/.test(name))).toHaveLength(
        5,
      );
    }
  }, 120_000);

  it('refuses an altered backup, naming the file, before touching the target', () => {
    const altered = path.join(work, 'altered');
    fs.cpSync(backup, altered, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(altered, 'manifest.json'), 'utf8')) as {
      entries: { file: string; kind: string }[];
    };
    const victim = manifest.entries.find((entry) => entry.kind === 'file')!.file;
    const bytes = fs.readFileSync(path.join(altered, victim));
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(path.join(altered, victim), bytes);

    const refused = command(['restore', altered], path.join(work, 'c'), databaseUrlOf('c'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('restore refused (BACKUP_CORRUPT)');
    expect(refused.stderr).toContain(victim);
    expect(filesIn(path.join(work, 'c'))).toEqual([]);
  });

  it('refuses a manifest naming a file outside the backup folder', () => {
    const tampered = path.join(work, 'tampered');
    fs.cpSync(backup, tampered, { recursive: true });
    const manifestFile = path.join(tampered, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      entries: { file: string; kind: string }[];
    };
    const index = manifest.entries.findIndex((entry) => entry.kind === 'file');
    manifest.entries[index]!.file = '../../etc/cron.d/consilium';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));

    const refused = command(['restore', tampered], path.join(work, 'c'), databaseUrlOf('c'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('restore refused (BACKUP_CORRUPT)');
    expect(refused.stderr).toContain(
      `entries.${index}.file: must be a relative path inside the backup folder`,
    );
    expect(filesIn(path.join(work, 'c'))).toEqual([]);
  });

  it('leaves the target as it was when a database of the backup cannot be restored', () => {
    // the records database (restored last) replaced by junk with a matching manifest: the
    // checksums pass, SQLite or pg_restore refuses it after the other four were staged
    const broken = path.join(work, 'broken');
    fs.cpSync(backup, broken, { recursive: true });
    const manifestFile = path.join(broken, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      entries: { service: string; kind: string; file: string; size: number; sha256: string }[];
    };
    const records = manifest.entries.find(
      (entry) => entry.service === 'records' && entry.kind !== 'file',
    )!;
    const junk = Buffer.from('not a database at all\n');
    fs.writeFileSync(path.join(broken, records.file), junk);
    records.size = junk.length;
    records.sha256 = createHash('sha256').update(junk).digest('hex');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));

    const refused = command(['restore', broken], path.join(work, 'c'), databaseUrlOf('c'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('restore refused (BACKUP_CORRUPT)');
    expect(refused.stderr).toContain(postgresBase ? 'records.dump' : 'records.sqlite');
    expect(filesIn(path.join(work, 'c'))).toEqual([]);
    expect(databasesNamed(databaseUrlOf('c'))).toEqual([]);
  }, 120_000);

  it('refuses a folder without a manifest (an unfinished backup) and a missing folder', () => {
    const unfinished = path.join(work, 'unfinished');
    fs.cpSync(backup, unfinished, { recursive: true });
    fs.rmSync(path.join(unfinished, 'manifest.json'));
    const incomplete = command(['restore', unfinished], path.join(work, 'c'), databaseUrlOf('c'));
    expect(incomplete.status).toBe(1);
    expect(incomplete.stderr).toContain('restore refused (BACKUP_INCOMPLETE)');
    expect(incomplete.stderr).toContain('manifest.json is missing');

    const missing = command(
      ['restore', path.join(work, 'nowhere')],
      path.join(work, 'c'),
      databaseUrlOf('c'),
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('restore refused (BACKUP_MISSING)');
    expect(filesIn(path.join(work, 'c'))).toEqual([]);
  });

  it('refuses to back up into a folder that already holds something', () => {
    const taken = command(['backup', backup], path.join(work, 'b'), databaseUrlOf('b'));
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('backup refused (BACKUP_FOLDER_NOT_EMPTY)');
    expect(fs.existsSync(path.join(backup, 'manifest.json'))).toBe(true);
  });
});
