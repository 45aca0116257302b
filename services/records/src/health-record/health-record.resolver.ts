import { referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { PatientReference } from '../patient/patient.type';
import { HealthRecord } from './health-record.type';

@Resolver(() => PatientReference)
export class PatientHealthRecordResolver {
  /** The patient's lifetime health record. */
  @FieldResolver(() => HealthRecord, {
    nullable: true,
    description: "The patient's lifetime health record (null only if records is unreachable).",
  })
  healthRecord(@Root() patient: PatientReference): HealthRecord {
    return { patientId: referenceId(patient) };
  }
}

@Resolver(() => HealthRecord)
export class HealthRecordResolver {
  /** Every current document of the patient, oldest first (batched by patient). */
  @FieldResolver(() => [Document])
  documents(@Root() record: HealthRecord, @Ctx() ctx: Context): Promise<Document[]> {
    return ctx.loaders.documentsByPatient.load(record.patientId);
  }
}
