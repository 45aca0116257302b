import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** The versioned documents a patient accepts: the e-consent and the privacy notice. */
export enum LegalDocumentKind {
  CONSENT = 'CONSENT',
  PRIVACY_NOTICE = 'PRIVACY_NOTICE',
}
registerEnumType(LegalDocumentKind, {
  name: 'LegalDocumentKind',
  description: 'The e-consent, or the privacy notice shown with it.',
});

/**
 * One version of the e-consent or the privacy notice, in English and Hindi. Never changed once
 * published: a new version is a new row, so what a signature points to stays as signed. The hash
 * is SHA-256 over the exact text (see legalDocumentText).
 */
@ObjectType({ description: 'One published version of the e-consent or the privacy notice.' })
@Entity({ tableName: 'legal_document' })
@Unique({ properties: ['kind', 'version'] })
export class LegalDocument extends ConsiliumEntity {
  @Field(() => LegalDocumentKind)
  @Enum({ items: () => LegalDocumentKind })
  kind!: LegalDocumentKind;

  @Field({ description: 'e.g. v3.' })
  @Property({ type: 'string', length: 32 })
  version!: string;

  @Field(() => Date, { description: 'From when this version is in force (UTC).' })
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field()
  @Property({ type: 'text' })
  titleEn!: string;

  @Field({ description: 'Plain text: blank-line paragraphs, "- " list items, "## " headings.' })
  @Property({ type: 'text' })
  bodyEn!: string;

  @Field()
  @Property({ type: 'text' })
  titleHi!: string;

  @Field()
  @Property({ type: 'text' })
  bodyHi!: string;

  @Field({ description: 'SHA-256 (hex) of the exact text, printed on the PDF.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Operations staff who published it (null for the versions the platform ships with). */
  @Property({ type: 'uuid', nullable: true })
  publishedByAccountId: string | null = null;

  /** Where its PDF is served, on the gateway's origin. */
  @Field({ description: 'Same-origin path of the PDF, e.g. /legal-documents/consent/v3.pdf.' })
  pdfPath(): string {
    return `/legal-documents/${this.kind === LegalDocumentKind.CONSENT ? 'consent' : 'privacy-notice'}/${this.version}.pdf`;
  }
}
