import { Entity, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The patient's side's consent to share one case with one partner organisation (issue 10): the
 * partner then sees the case's status (stage, stage changes, panel), and with includeReport also
 * the delivered report. One row per case and partner; revoking sets revokedAt, sharing again
 * clears it.
 */
@ObjectType({ description: 'A case shared with a partner organisation by the patient’s side.' })
@Entity({ tableName: 'partner_share' })
@Unique({ properties: ['caseId', 'partnerId'] })
export class PartnerShare extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  /** the partner organisation's id (PartnerClient.partnerId in identity) */
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Field({ description: 'Whether the partner may also download the delivered report.' })
  @Property({ type: 'boolean' })
  includeReport!: boolean;

  @Field(() => Date, { description: 'When the patient’s side last shared it (UTC).' })
  @Property({ type: 'datetime' })
  grantedAt!: Date;

  /** the account that shared it (the patient or a proxy) */
  @Property({ type: 'string', length: 64 })
  grantedByAccountId!: string;

  @Field(() => Date, { nullable: true, description: 'When sharing was stopped (UTC), if it was.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
