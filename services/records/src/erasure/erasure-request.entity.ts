import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import {
  ConsiliumEntity,
  type ErasureAction,
  type RetentionCategory,
} from '@consilium/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Where an erasure request is. */
export enum ErasureRequestStatus {
  /** asked for by the patient's side, waiting for operations staff */
  PENDING = 'PENDING',
  /** withdrawn by the patient's side before a decision */
  CANCELLED = 'CANCELLED',
  /** refused by operations staff, with a reason the patient sees */
  DECLINED = 'DECLINED',
  /** confirmed: everything not kept by law destroyed, the rest sealed */
  COMPLETED = 'COMPLETED',
}
registerEnumType(ErasureRequestStatus, {
  name: 'ErasureRequestStatus',
  description: 'PENDING, CANCELLED, DECLINED or COMPLETED.',
});

/** One line of the confirmation as stored (see ErasureConfirmationItem for its meaning). */
export interface StoredErasureItem {
  category: string;
  action: ErasureAction;
  service: string;
  count: number | null;
  caseId: string | null;
  retention: RetentionCategory | null;
  /** ISO 8601 */
  retainedUntil: string | null;
}

/**
 * A patient's request (or their proxy's) to have their whole record erased (DPDP Act 2023
 * §12(3)), with the decision of operations staff and, once completed, the itemised confirmation
 * of what was destroyed, what was kept sealed, why and until when. The request itself holds no
 * clinical data; the patient's reason is dropped when the erasure is carried out.
 */
@ObjectType({ description: 'A request to erase a patient’s whole record, and its outcome.' })
@Entity({ tableName: 'erasure_request' })
@Index({ properties: ['patientId', 'createdAt'] })
@Index({ properties: ['status', 'createdAt'] })
export class ErasureRequest extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => ErasureRequestStatus)
  @Enum({ items: () => ErasureRequestStatus })
  status: Opt<ErasureRequestStatus> = ErasureRequestStatus.PENDING;

  @Field(() => ID, { description: 'The account that asked (the patient or their proxy).' })
  @Property({ type: 'uuid' })
  requestedByAccountId!: string;

  @Field({ description: 'SELF, or the proxy’s relationship to the patient, e.g. SON.' })
  @Property({ type: 'string', length: 32 })
  requestedByRelationship!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, in the requester’s words (optional; dropped once the erasure is done).',
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the patient’s side withdrew it.' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When operations staff confirmed or declined it.',
  })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => ID, { nullable: true, description: 'The operations account that decided.' })
  @Property({ type: 'uuid', nullable: true })
  decidedByAccountId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why operations staff declined it (shown to the patient).',
  })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the erasure was carried out.' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  /** the patient's cases the erasure covered (ids only) */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  caseIds: Opt<string[]> = [];

  /** the itemised confirmation, once completed */
  @Property({ type: 'json', nullable: true })
  confirmationItems: StoredErasureItem[] | null = null;
}
