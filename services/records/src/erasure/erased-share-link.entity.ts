import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What is left of a share link of an erased record: only the hash of its secret, so that the
 * link answers "erased" (410) rather than "not valid", and the request that erased it. Nothing
 * about the patient, the recipient or what was shared.
 */
@Entity({ tableName: 'erased_share_link' })
export class ErasedShareLink {
  /** SHA-256 of the link's secret, as ShareLink kept it */
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  erasureRequestId!: string;

  @Property({ type: 'datetime' })
  erasedAt!: Date;
}
