import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { encryptingStream } from '../storage/file-encryption';
import type { FileStore } from '../storage/file-store';
import { newDataKey, wrapDataKey } from '../storage/master-key';
import { sniffContentType, SNIFF_BYTES, type AcceptedType } from './content-type';
import { megabytes } from './upload-settings';

/** Why received bytes were refused, with the HTTP status to answer. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

/** What was received: the real type, the plaintext's hash and size, the wrapped data key. */
export interface ReceivedFile {
  contentType: AcceptedType;
  sha256: string;
  size: number;
  wrappedDataKey: string;
}

/**
 * Checks the bytes as they pass: the type from the first bytes (a refused type stops the
 * transfer at once), the count (one byte over the limit stops it), the SHA-256.
 */
function inspector(
  maxBytes: number,
): Transform & { result: () => { type: AcceptedType; sha256: string; size: number } } {
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let type: AcceptedType | null = null;
  let size = 0;
  const check = (done: TransformCallback, final: boolean): boolean => {
    if (type || (head.length < SNIFF_BYTES && !final)) return true;
    if (head.length === 0) return true;
    const sniffed = sniffContentType(head);
    if ('refused' in sniffed) {
      done(
        new UploadRefused(
          415,
          `The file is not a PDF, JPEG, PNG or HEIC (its content is ${sniffed.refused}).`,
        ),
      );
      return false;
    }
    type = sniffed.type;
    return true;
  };
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes)
        return done(new UploadRefused(413, `Files can be up to ${megabytes(maxBytes)}.`));
      if (!type)
        head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES)]).subarray(0, SNIFF_BYTES);
      if (!check(done, false)) return;
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      if (size === 0) return done(new UploadRefused(400, 'The file is empty (0 bytes).'));
      if (!check(done, true)) return;
      done();
    },
  });
  return Object.assign(stream, {
    result: () => ({ type: type!, sha256: hash.digest('hex'), size }),
  });
}

/**
 * Streams an upload into the file store, encrypted under a new data key: never more than a chunk
 * in memory; refused (and nothing left in the store) when it is empty, over `maxBytes`, or not a
 * PDF, JPEG, PNG or HEIC by its content.
 * @param body - the request body
 * @param store - the file store
 * @param key - where to put it
 * @param maxBytes - the most bytes accepted
 * @returns what was received
 * @throws UploadRefused
 */
export async function receiveUpload(
  body: Readable,
  store: FileStore,
  key: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  const dataKey = newDataKey();
  const inspect = inspector(maxBytes);
  try {
    await pipeline(body, inspect, encryptingStream(dataKey), await store.writer(key));
  } catch (error) {
    await store.remove(key);
    throw error;
  }
  const { type, sha256, size } = inspect.result();
  return { contentType: type, sha256, size, wrappedDataKey: wrapDataKey(dataKey) };
}
