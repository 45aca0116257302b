import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a share link opens: the whole health record, or one case. */
export enum ShareScope {
  HEALTH_RECORD = 'HEALTH_RECORD',
  CASE = 'CASE',
}
registerEnumType(ShareScope, {
  name: 'ShareScope',
  description: 'The whole health record, or one case.',
});

/**
 * A link the patient's side gave a doctor or hospital to read their record or one case: scoped,
 * expiring (7 days by default), revocable at once, optionally guarded by a one-time code sent
 * separately. Only a hash of the link's secret and of the code are kept.
 */
@ObjectType({
  description: 'A link the patient gave a doctor or hospital to read their record or a case.',
})
@Entity({ tableName: 'share_link' })
@Index({ properties: ['patientId', 'createdAt'] })
export class ShareLink extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => ShareScope)
  @Enum({ items: () => ShareScope })
  scope!: ShareScope;

  @Field(() => ID, { nullable: true, description: 'The case shared, for a CASE link.' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field({ description: 'Who it was given to (their email).' })
  @Property({ type: 'string', length: 254 })
  recipientEmail!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Boolean, {
    description: 'Whether opening it also needs the one-time code given separately.',
  })
  @Property({ type: 'boolean' })
  requiresCode: Opt<boolean> = false;

  /** SHA-256 of the link's secret (the secret is shown once) */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** SHA-256 of the one-time code, until it has been used */
  @Property({ type: 'string', length: 64, nullable: true })
  codeHash: string | null = null;

  @Property({ type: 'integer' })
  failedCodeAttempts: Opt<number> = 0;

  @Field(() => Date, {
    nullable: true,
    description: 'When the link locked itself after 5 wrong codes (the patient can share again).',
  })
  @Property({ type: 'datetime', nullable: true })
  lockedAt: Date | null = null;

  @Property({ type: 'uuid' })
  createdByAccountId!: string;
}

/** What happened when a share link was used. */
export enum ShareLinkUseOutcome {
  OPENED = 'OPENED',
  DOWNLOADED = 'DOWNLOADED',
  REFUSED_EXPIRED = 'REFUSED_EXPIRED',
  REFUSED_REVOKED = 'REFUSED_REVOKED',
  REFUSED_CODE = 'REFUSED_CODE',
  /** used after it locked itself (5 wrong codes) */
  REFUSED_LOCKED = 'REFUSED_LOCKED',
}
registerEnumType(ShareLinkUseOutcome, { name: 'ShareLinkUseOutcome' });

/** One use of a share link (shown to the patient: who opened what, when, from where). */
@ObjectType({ description: 'One use of a share link.' })
@Entity({ tableName: 'share_link_use' })
@Index({ properties: ['shareLinkId', 'at'] })
export class ShareLinkUse extends ConsiliumEntity {
  @Property({ type: 'uuid' })
  shareLinkId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ShareLinkUseOutcome)
  @Enum({ items: () => ShareLinkUseOutcome })
  outcome!: ShareLinkUseOutcome;

  @Field(() => ID, { nullable: true, description: 'The document downloaded, if any.' })
  @Property({ type: 'uuid', nullable: true })
  documentId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 256, nullable: true })
  userAgent: string | null = null;
}
