import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { DOCUMENT_KINDS, type DocumentKind } from '@consilium/validation';

/** Where an upload is: asked for, bytes received and checked, or turned into a document. */
export enum UploadStatus {
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  COMPLETED = 'COMPLETED',
}

/**
 * An upload the patient's side asked for: the signed URL it may PUT bytes to until `expiresAt`,
 * then, once received (checked, hashed, encrypted), the document it becomes.
 */
@Entity({ tableName: 'upload' })
@Index({ properties: ['caseId', 'status'] })
export class Upload extends ConsiliumEntity {
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  patientId!: string;

  /** who asked for it */
  @Property({ type: 'uuid' })
  accountId!: string;

  /** the file name as the user gave it (display only; NFC) */
  @Property({ type: 'text' })
  fileName!: string;

  /** the type the client declared (only to compare; the content decides) */
  @Property({ type: 'string', length: 127 })
  declaredType!: string;

  /** the size the client declared, bytes; more is refused */
  @Property({ type: 'bigint', runtimeType: 'number' })
  declaredSize!: number;

  @Enum({ items: () => [...DOCUMENT_KINDS] })
  kind!: DocumentKind;

  @Enum({ items: () => UploadStatus })
  status: Opt<UploadStatus> = UploadStatus.REQUESTED;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** once received: what the bytes are */
  @Property({ type: 'string', length: 127, nullable: true })
  contentType: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  size: number | null = null;

  /** the encrypted bytes received, under `uploads/<id>` in the file store, and their wrapped key */
  @Property({ type: 'text', nullable: true })
  wrappedDataKey: string | null = null;

  /** the document it became */
  @Property({ type: 'uuid', nullable: true })
  documentId: string | null = null;
}
