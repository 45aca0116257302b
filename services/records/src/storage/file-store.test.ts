import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { localFileStore, type FileStore } from './file-store';
import { s3FileStore } from './s3-file-store';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Bytes arriving in 64 KiB chunks, as an upload's body does. */
function chunked(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += 65536) yield bytes.subarray(at, at + 65536);
    })(),
  );
}

let directory: string;
let s3rver: S3rver;
const stores: [string, () => FileStore][] = [];

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'file-store-'));
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(directory, 's3'),
    configureBuckets: [{ name: 'consilium-records', configs: [] }],
  });
  const address = (await s3rver.run()) as AddressInfo;
  const client = new S3Client({
    region: 'ap-south-1',
    endpoint: `http://127.0.0.1:${address.port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  stores.push(
    ['local', () => localFileStore(path.join(directory, 'local'))],
    ['s3', () => s3FileStore({ bucket: 'consilium-records', prefix: 'records/' }, client)],
  );
});

afterAll(async () => {
  await s3rver.close();
  await rm(directory, { recursive: true, force: true });
});

describe.each(['local', 's3'])('the %s file store', (kind) => {
  const store = (): FileStore => stores.find(([name]) => name === kind)![1]();

  it('keeps a 12 MB file byte for byte, and has it once the write has finished', async () => {
    const bytes = randomBytes(12 * 1024 * 1024);
    await pipeline(chunked(bytes), await store().writer('uploads/large-report'));
    await expect(store().exists('uploads/large-report')).resolves.toBe(true);
    const read = await readAll(store().reader('uploads/large-report'));
    expect(read.length).toBe(bytes.length);
    expect(read.equals(bytes)).toBe(true);
  });

  it('replaces an object left by an earlier attempt', async () => {
    await pipeline(Readable.from([Buffer.from('first try')]), await store().writer('retry'));
    await pipeline(Readable.from([Buffer.from('second try')]), await store().writer('retry'));
    expect((await readAll(store().reader('retry'))).toString()).toBe('second try');
  });

  it('removes an object, and removing it again is not an error', async () => {
    await pipeline(Readable.from([Buffer.from('to destroy')]), await store().writer('erased'));
    await store().remove('erased');
    await expect(store().exists('erased')).resolves.toBe(false);
    await expect(store().remove('erased')).resolves.toBeUndefined();
  });

  it('fails to read an object it does not have', async () => {
    await expect(readAll(store().reader('never-written'))).rejects.toThrow();
  });
});
