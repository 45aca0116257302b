import { PassThrough, Readable, Writable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStore } from './file-store';

/** Where an S3-compatible store is and how to reach it (credentials come from the AWS chain). */
export interface S3StoreSettings {
  /** the bucket, which must exist */
  bucket: string;
  /** a prefix for every key, e.g. `records/` (none by default) */
  prefix?: string;
  /** the endpoint of an S3-compatible service (MinIO, Ceph …); AWS itself when absent */
  endpoint?: string;
  /** the region; `ap-south-1` (Mumbai) when absent */
  region?: string;
  /** `bucket` in the path rather than the host name (most S3-compatible services need it) */
  forcePathStyle?: boolean;
}

/** Parts of a multipart upload: S3's minimum part size, 5 MiB. */
const PART_SIZE = 5 * 1024 * 1024;

function notFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 404 ||
      error.name === 'NoSuchKey' ||
      error.name === 'NotFound')
  );
}

/**
 * A FileStore on an S3-compatible object store. Writes stream as a multipart upload (at most
 * two 5 MiB parts in memory), so a large report never sits whole in the service's heap; a write
 * counts as done only once the store has the whole object. Credentials and retries are the AWS
 * SDK's (environment variables `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, a profile, or an
 * instance role).
 * @param settings - bucket, prefix, endpoint, region
 * @param client - an S3 client (made from the settings when absent)
 * @returns the store
 */
export function s3FileStore(settings: S3StoreSettings, client?: S3Client): FileStore {
  const s3 =
    client ??
    new S3Client({
      region: settings.region ?? 'ap-south-1',
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle ?? Boolean(settings.endpoint),
    });
  const Bucket = settings.bucket;
  const keyOf = (key: string): string => `${settings.prefix ?? ''}${key}`;
  return {
    writer(key) {
      const body = new PassThrough();
      const upload = new Upload({
        client: s3,
        params: { Bucket, Key: keyOf(key), Body: body },
        partSize: PART_SIZE,
        queueSize: 2,
      });
      const done = upload.done();
      const writer: Writable = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          if (body.write(chunk)) callback();
          else body.once('drain', () => callback());
        },
        final(callback) {
          body.end();
          done.then(
            () => callback(),
            (error: Error) => callback(error),
          );
        },
        destroy(error, callback) {
          if (error) void upload.abort().catch(() => undefined);
          body.destroy();
          callback(error);
        },
      });
      // A failed upload (store unreachable, access refused) fails the write at once.
      done.catch((error: Error) => writer.destroy(error));
      return Promise.resolve(writer);
    },
    reader(key) {
      return Readable.from(
        (async function* () {
          const object = await s3.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }));
          yield* object.Body as Readable;
        })(),
      );
    },
    async remove(key) {
      // Deleting a missing object succeeds in S3.
      await s3.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) }));
    },
    async exists(key) {
      try {
        await s3.send(new HeadObjectCommand({ Bucket, Key: keyOf(key) }));
        return true;
      } catch (error) {
        if (notFound(error)) return false;
        throw error;
      }
    },
  };
}
