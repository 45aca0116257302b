import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { NotificationChannel } from '../notification/notification.entity';

/**
 * A patient referred by a partner organisation (issue 10): the DRAFT case made for them, shared
 * with the partner (status only), and the invitation sent to the patient with a code to claim
 * it. One per partner and idempotency key, so a retried referral makes one case.
 */
@ObjectType({ description: 'A patient referred by a partner organisation, invited to complete.' })
@Entity({ tableName: 'case_referral' })
@Unique({ properties: ['partnerId', 'idempotencyKey'] })
export class CaseReferral extends ConsiliumEntity {
  /** the referring partner organisation */
  @Property({ type: 'uuid' })
  partnerId!: string;

  /** the partner's key for the request (a retry returns this referral) */
  @Property({ type: 'uuid' })
  idempotencyKey!: string;

  /** the DRAFT case made for the patient */
  @Property({ type: 'uuid' })
  caseId!: string;

  /** why the partner refers the patient, in its words */
  @Property({ type: 'text' })
  referralNote!: string;

  @Enum({ items: () => NotificationChannel })
  invitationChannel!: NotificationChannel;

  @Field({ description: 'Where the invitation went: the E.164 phone or the email given.' })
  @Property({ type: 'string', length: 254 })
  invitationSentTo!: string;

  /** SHA-256 (hex) of the invitation code; the code itself is only in the message */
  @Property({ type: 'string', length: 64, unique: true })
  codeHash!: string;

  @Field(() => Date, { description: 'Until when the patient can claim the case with the code.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** when the patient claimed it, and with which account */
  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  claimedByAccountId: string | null = null;
}
