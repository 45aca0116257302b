import { Entity, Index, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';

/**
 * One refresh token of a sign-in session, stored only as a SHA-256 hash. Each use replaces it by
 * a new one of the same family; presenting a used one again means it was stolen, and the whole
 * family is revoked (OAuth 2.0 Security BCP, RFC 9700 §4.14.2).
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['family'] })
export class RefreshToken extends ConsiliumEntity {
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** every token of one sign-in shares this id */
  @Property({ type: 'uuid' })
  family!: string;

  @Property({ type: 'uuid' })
  @Index()
  accountId!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** set when it was exchanged for its successor */
  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
