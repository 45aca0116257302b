import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One searchable word of a document, stored only as a keyed hash (HMAC-SHA256 with a key derived
 * from the master key), so the database holds no readable text: a search hashes its words the
 * same way. Removed with the document.
 */
@Entity({ tableName: 'document_search_term' })
@Index({ properties: ['patientId', 'termHash'] })
export class DocumentSearchTerm {
  @PrimaryKey({ type: 'uuid' })
  documentId!: string;

  /** base64url HMAC-SHA256 of the normalised word, truncated to 16 bytes */
  @PrimaryKey({ type: 'string', length: 24 })
  termHash!: string;

  @Property({ type: 'uuid' })
  patientId!: string;

  @Property({ type: 'uuid' })
  caseId!: string;
}
