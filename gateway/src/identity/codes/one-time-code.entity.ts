import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';

/** What a code proves or allows. */
export enum CodePurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  VERIFY_PHONE = 'VERIFY_PHONE',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** A six-digit code sent to an email or phone, kept as a hash; single use, short-lived. */
@Entity({ tableName: 'one_time_code' })
@Index({ properties: ['accountId', 'purpose'] })
export class OneTimeCode extends ConsiliumEntity {
  @Property({ type: 'uuid' })
  accountId!: string;

  @Enum({ items: () => CodePurpose })
  purpose!: CodePurpose;

  /** HMAC-SHA256 of the code, keyed with IDENTITY_SECRET */
  @Property({ type: 'string', length: 64, hidden: true })
  codeHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** wrong guesses; the code is void after five */
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
