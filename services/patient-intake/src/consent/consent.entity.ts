import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LegalDocument } from './legal-document.entity';

/** FHIR R4 Consent.status, as far as a signed e-consent goes. */
export enum ConsentStatus {
  /** in force */
  ACTIVE = 'ACTIVE',
  /** withdrawn by the patient's side, or replaced by a signature on a newer version */
  INACTIVE = 'INACTIVE',
}
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: 'FHIR R4 Consent.status: ACTIVE, or INACTIVE once withdrawn or replaced.',
});

/**
 * A signed e-consent for one case (FHIR R4 Consent; DESIGN.md §2 step 3): the exact document
 * version and hash accepted, with the privacy notice shown, and the electronic signature —
 * typed name, drawn image, signer account, relationship, time, IP address and user agent
 * (Information Technology Act 2000 §3A; Telemedicine Practice Guidelines 2020 §3.7).
 * Append-only except for withdrawal.
 */
@ObjectType({ description: 'A signed e-consent for a case (FHIR R4 Consent).' })
@Entity({ tableName: 'consent' })
@Index({ properties: ['caseId', 'dateTime'] })
export class Consent extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => ConsentStatus)
  @Enum({ items: () => ConsentStatus })
  status!: ConsentStatus;

  @Field(() => Date, { description: 'When it was signed (UTC).' })
  @Property({ type: 'datetime' })
  dateTime!: Date;

  /** The consent document signed (exposed by ConsentResolver.document). */
  @ManyToOne(() => LegalDocument, { ref: true, deleteRule: 'restrict' })
  document!: Ref<LegalDocument>;

  @Field({ description: 'SHA-256 of the document text signed (copied at signing).' })
  @Property({ type: 'string', length: 64 })
  documentSha256!: string;

  /** The privacy notice shown (exposed by ConsentResolver.privacyNotice). */
  @ManyToOne(() => LegalDocument, { ref: true, deleteRule: 'restrict' })
  privacyNotice!: Ref<LegalDocument>;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  signerAccountId!: string;

  @Field({ description: 'The full name the signer typed.' })
  @Property({ type: 'string', length: 200 })
  signerName!: string;

  @Field({ description: 'SELF, or the proxy’s relationship to the patient, e.g. MOTHER.' })
  @Property({ type: 'string', length: 32 })
  signerRelationship!: string;

  @Field({ description: 'The drawn signature as a PNG data URL.' })
  @Property({ type: 'text' })
  signatureImage!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 256, nullable: true })
  userAgent: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  withdrawnByAccountId: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a signature on a newer version replaced it.',
  })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;
}
