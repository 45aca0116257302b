import {
  AuditOperation,
  authorizeCase,
  authorizePatient,
  BadUserInputError,
  parseId,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { fileStoreFromEnv } from '../storage/file-store';
import { readDecrypted } from '../storage/stored-bytes';
import { StoredObject } from '../storage/stored-object.entity';
import { DocumentSearchTerm } from './document-search-term.entity';
import { termHash, wordsOf } from './search-terms';

/** A document whose text holds every word searched for, with the words in context. */
export interface DocumentSearchHit {
  document: Document;
  /** up to 200 characters of the text around the first word found */
  snippet: string;
}

/** Characters of context either side of the first word found. */
const CONTEXT = 90;

/**
 * The text around where the words searched for stand closest together (the earliest such place),
 * on one line.
 * @param text - the document's text
 * @param words - the searched words, as wordsOf gives them
 * @returns about 200 characters, with … where the text goes on
 */
export function snippetOf(text: string, words: string[]): string {
  const normalised = text.normalize('NFKC');
  const folded = normalised.toLocaleLowerCase('en-IN');
  let best = { at: 0, score: -1 };
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const window = folded.slice(Math.max(0, at - CONTEXT), at + CONTEXT);
      const score = words.filter((other) => window.includes(other)).length;
      if (score > best.score || (score === best.score && at < best.at)) best = { at, score };
      if (best.score === words.length) break;
    }
  }
  const start = Math.max(0, best.at - CONTEXT);
  const end = Math.min(normalised.length, best.at + CONTEXT);
  const body = normalised.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < normalised.length ? '…' : ''}`;
}

/**
 * Finds the documents whose extracted text (PDFs with a text layer) holds every word of a query,
 * in one case (anyone entitled to the case's documents; never a partner) or across the whole
 * record (the patient's side and operations only). Each read is audited.
 * @param ctx - the request
 * @param patientId - whose record
 * @param query - 1 to 10 words (any script), e.g. `creatinine 4.8`
 * @param caseId - narrows to one case
 * @returns hits, oldest document first, at most 50
 * @throws BAD_USER_INPUT for an empty or too long query; FORBIDDEN
 */
export async function searchDocuments(
  ctx: Context,
  patientId: string,
  query: string,
  caseId?: string | null,
): Promise<DocumentSearchHit[]> {
  const patient = parseId(patientId, 'patientId');
  const inCase = caseId ? parseId(caseId, 'caseId') : null;
  const words = wordsOf(query ?? '');
  if (words.length === 0 || query.length > 200 || words.length > 10) {
    throw new BadUserInputError('text', 'Search for 1 to 10 words (up to 200 characters).');
  }
  const intent = {
    operation: AuditOperation.READ,
    objectType: 'DocumentSearch',
    fields: ['text'],
    allowPartner: false,
  };
  if (inCase) await authorizeCase(ctx, { caseId: inCase, patientId: patient }, intent);
  else await authorizePatient(ctx, patient, { ...intent, allowClinicians: false });
  const hashes = words.map((word) => termHash(word));
  const rows = await ctx.em.find(DocumentSearchTerm, {
    patientId: patient,
    termHash: { $in: hashes },
    ...(inCase ? { caseId: inCase } : {}),
  });
  const matched = new Map<string, Set<string>>();
  for (const row of rows) {
    matched.set(row.documentId, (matched.get(row.documentId) ?? new Set()).add(row.termHash));
  }
  const ids = [...matched].filter(([, found]) => found.size === hashes.length).map(([id]) => id);
  if (ids.length === 0) return [];
  const documents = await ctx.em.find(
    Document,
    { id: { $in: ids }, status: DocumentReferenceStatus.CURRENT },
    { orderBy: { createdAt: 'asc' }, limit: 50 },
  );
  const store = fileStoreFromEnv();
  const hits: DocumentSearchHit[] = [];
  for (const document of documents) {
    const object = document.textObjectId
      ? await ctx.em.findOne(StoredObject, { id: document.textObjectId })
      : null;
    const text = object?.wrappedDataKey
      ? (await readDecrypted(store, object)).toString('utf8')
      : '';
    hits.push({ document, snippet: text ? snippetOf(text, words) : '' });
  }
  return hits;
}
