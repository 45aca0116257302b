import { authorizePatient, referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { PatientReference } from '../patient/patient.type';
import { HealthRecord } from './health-record.type';

@Resolver(() => PatientReference)
export class PatientHealthRecordResolver {
  /**
   * The patient's lifetime health record: for the patient, their proxies and operations staff;
   * FORBIDDEN otherwise (clinicians see a case's documents through the case).
   */
  @FieldResolver(() => HealthRecord, {
    nullable: true,
    description: "The patient's lifetime health record (null only if records is unreachable).",
  })
  async healthRecord(
    @Root() patient: PatientReference,
    @Ctx() ctx: Context,
  ): Promise<HealthRecord> {
    const patientId = referenceId(patient);
    await authorizePatient(ctx, patientId, {
      objectType: 'HealthRecord',
      fields: ['documents'],
      allowClinicians: false,
    });
    return { patientId };
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
