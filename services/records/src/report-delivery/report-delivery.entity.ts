import { Entity, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

/**
 * The delivery of a case's report to the patient (DESIGN.md §2 step 7: "the case file with
 * referral summary is forwarded to the patient"): once every opinion the case needs is signed and
 * the GP's referral note is final, operations staff forward the case file (history, reports,
 * referral note, opinions) to the patient's side. One per case; it closes the case to new
 * opinions and moves it to REPORT_DELIVERED.
 */
@ObjectType({
  description:
    'The delivery of a case’s report (the case file: history, reports, the GP’s referral note and the signed opinions) to the patient.',
})
@Entity({ tableName: 'report_delivery' })
export class ReportDelivery extends ConsiliumEntity {
  /** the case (owned by patient-intake); delivered once */
  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  /** the case's patient, as records learned it from events */
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => Date, { description: 'When the report was delivered (UTC).' })
  @Property({ type: 'datetime' })
  deliveredAt!: Date;

  /** the operations account that delivered it */
  @Property({ type: 'uuid' })
  deliveredByAccountId!: string;

  @Field({ description: 'Who delivered it (the operations staff member’s name).' })
  @Property({ type: 'string', length: 200 })
  deliveredByName!: string;
}
