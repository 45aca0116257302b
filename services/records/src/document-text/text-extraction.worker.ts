import { oneReplicaAtATime, type Logger } from '@consilium/subgraph-kit';
import { LockMode, type MikroORM } from '@mikro-orm/core';
import { Document } from '../document/document.entity';
import { fileStoreFromEnv, type FileStore } from '../storage/file-store';
import { readDecrypted, storeEncrypted } from '../storage/stored-bytes';
import { StoredObject } from '../storage/stored-object.entity';
import { DocumentSearchTerm } from './document-search-term.entity';
import { DocumentTextStatus } from './document-text-status.enum';
import { extractPdfText } from './extract-pdf-text';
import { termHashesOf } from './search-terms';

/** How often the worker looks for PDFs to read (ms). */
const INTERVAL_MS = Number(process.env['RECORDS_TEXT_EXTRACTION_INTERVAL_MS'] ?? 1500);

/** The text of one PDF, or why there is none. */
async function textOf(
  store: FileStore,
  object: StoredObject,
  logger: Logger,
): Promise<{ status: DocumentTextStatus; text: string }> {
  try {
    const text = await extractPdfText(await readDecrypted(store, object));
    return { status: text ? DocumentTextStatus.EXTRACTED : DocumentTextStatus.NO_TEXT, text };
  } catch (error) {
    logger.warn({ err: error, objectId: object.id }, 'the text of a PDF could not be read');
    return { status: DocumentTextStatus.FAILED, text: '' };
  }
}

/**
 * Reads the text layer of PDFs waiting for it (oldest first), one at a time, outside any request:
 * the text is stored encrypted like the file (its own data key) and its words as keyed hashes
 * (DocumentSearchTerm), so search works without readable text in the database.
 * @param orm - the service's ORM
 * @param store - the file store
 * @param logger - for PDFs that cannot be read
 * @param limit - at most this many documents
 * @returns how many documents were handled
 */
export async function extractPendingTexts(
  orm: MikroORM,
  store: FileStore,
  logger: Logger,
  limit = 5,
): Promise<number> {
  const pending = await orm.em
    .fork()
    .find(
      Document,
      { textStatus: DocumentTextStatus.PENDING },
      { orderBy: { createdAt: 'asc' }, limit },
    );
  for (const found of pending) {
    const object = found.objectId
      ? await orm.em.fork().findOne(StoredObject, { id: found.objectId })
      : null;
    const { status, text } = object?.wrappedDataKey
      ? await textOf(store, object, logger)
      : { status: DocumentTextStatus.FAILED, text: '' };
    await orm.em.fork().transactional(async (em) => {
      // The patient may have removed it (or had the record erased) meanwhile: on PostgreSQL the
      // row is locked, so a removal or erasure either waits for this or has already won.
      const sqlite = /sqlite/i.test(em.getDriver().constructor.name);
      const document = await em.findOne(
        Document,
        { id: found.id, textStatus: DocumentTextStatus.PENDING },
        sqlite ? {} : { refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!document) return;
      document.textStatus = status;
      if (status !== DocumentTextStatus.EXTRACTED) return;
      const textObject = await storeEncrypted(
        em,
        store,
        document.patientId,
        Buffer.from(text, 'utf8'),
        'text/plain; charset=utf-8',
      );
      document.textObjectId = textObject.id;
      for (const termHash of termHashesOf(text)) {
        em.create(DocumentSearchTerm, {
          documentId: document.id,
          termHash,
          patientId: document.patientId,
          caseId: document.caseId,
        });
      }
    });
  }
  return pending.length;
}

/**
 * The background worker reading PDFs' text (see extractPendingTexts).
 * @returns how to stop it (waits for the document in hand)
 */
export function startTextExtraction(orm: MikroORM, logger: Logger): () => Promise<void> {
  const store = fileStoreFromEnv();
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = oneReplicaAtATime(orm)
      .tryRun('text extraction', () => extractPendingTexts(orm, store, logger))
      .catch((error: unknown) => logger.error({ err: error }, 'text extraction failed'))
      .finally(() => {
        running = null;
      });
  }, INTERVAL_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
