import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { DOCUMENT_KINDS, type DocumentKind } from '@consilium/validation';
import { DocumentKindEnum } from './document-kind.enum';
import { DocumentReferenceStatus } from './document-status.enum';
import { DocumentTextStatus } from '../document-text/document-text-status.enum';

/**
 * A report the patient handed over or a doctor wrote (FHIR R4 DocumentReference): metadata
 * only; the bytes live encrypted in the records store.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A report or other file in a case (FHIR R4 DocumentReference).' })
@Entity({ tableName: 'document' })
// a case's documents in upload order (Case.documents)
@Index({ properties: ['caseId', 'createdAt'] })
export class Document extends ConsiliumEntity {
  /** the case (owned by patient-intake) the document belongs to */
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  /** the patient (owned by patient-intake) whose record holds the document */
  @Property({ type: 'uuid' })
  @Index()
  patientId!: string;

  @Field({ description: 'The name the user gave the file, in any script; never a storage path.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'MIME type checked from the content, e.g. application/pdf.' })
  @Property({ type: 'string', length: 127 })
  contentType!: string;

  @Field(() => Float, { description: 'Size in bytes.' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Field(() => DocumentKindEnum, {
    description: 'What kind of report it is, as the uploader filed it (DocumentReference.type).',
  })
  @Enum({ items: () => [...DOCUMENT_KINDS], default: 'OTHER' })
  kind: Opt<DocumentKind> = 'OTHER';

  /** the stored bytes (null for metadata-only documents, e.g. the demo's) */
  @Property({ type: 'uuid', nullable: true })
  objectId: string | null = null;

  /** for a photo or scan: the upright JPEG viewers show, and its thumbnail */
  @Property({ type: 'uuid', nullable: true })
  previewObjectId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  thumbnailObjectId: string | null = null;

  /** for a photo or scan: variance of the Laplacian (see analyseImage) and mean brightness */
  @Property({ type: 'double', nullable: true })
  sharpness: number | null = null;

  @Property({ type: 'double', nullable: true })
  brightness: number | null = null;

  /** a PDF's extracted text (plain UTF-8), encrypted like the file itself */
  @Property({ type: 'uuid', nullable: true })
  textObjectId: string | null = null;

  @Field(() => DocumentTextStatus, {
    description: 'Whether its text can be searched (PDFs with a text layer).',
  })
  @Enum({ items: () => DocumentTextStatus, default: DocumentTextStatus.NOT_APPLICABLE })
  textStatus: Opt<DocumentTextStatus> = DocumentTextStatus.NOT_APPLICABLE;

  @Field(() => DocumentReferenceStatus)
  @Enum({ items: () => DocumentReferenceStatus })
  status: Opt<DocumentReferenceStatus> = DocumentReferenceStatus.CURRENT;
}
