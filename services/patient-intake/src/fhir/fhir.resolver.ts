import { JSONObjectResolver } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { latestConsent } from '../consent/consent.service';
import type { Context } from '../context.type';
import { Patient } from '../patient/patient.entity';
import { caseResources, patientResource, type FhirResource } from './fhir-resources';

/** The patient as FHIR R4 (for the health record export). */
@Resolver(() => Patient)
export class PatientFhirResolver {
  @FieldResolver(() => JSONObjectResolver, {
    description: 'The patient as a FHIR R4 Patient resource (for the health record export).',
  })
  fhirResource(@Root() patient: Patient): FhirResource {
    return patientResource(patient);
  }
}

/** A case's history as FHIR R4 (for the health record export). */
@Resolver(() => Case)
export class CaseFhirResolver {
  @FieldResolver(() => [JSONObjectResolver], {
    description:
      'The case history as FHIR R4 resources: Condition, MedicationStatement, AllergyIntolerance, Procedure, Consent.',
  })
  async fhirResources(@Root() found: Case, @Ctx() ctx: Context): Promise<FhirResource[]> {
    return caseResources(found, await latestConsent(ctx.em, found.id));
  }
}
