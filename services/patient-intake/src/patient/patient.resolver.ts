import { ageOn, todayIn } from '@consilium/validation';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { PatientRegistrationInput } from './patient-registration.input';
import { registerPatient } from './patient-registration.service';
import { Patient } from './patient.entity';
import { getPatient } from './patient.service';

@Resolver(() => Patient)
export class PatientResolver {
  /**
   * One patient by id, for the patient, their proxies, clinicians on their cases and operations
   * staff; FORBIDDEN otherwise; BAD_USER_INPUT when `id` is not a UUID.
   */
  @Query(() => Patient, { description: 'One patient by id.' })
  patient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Patient> {
    return getPatient(ctx, id);
  }

  /**
   * Creates or updates the registration of a patient the caller acts for (see registerPatient).
   * @throws BAD_USER_INPUT with `extensions.problems`; FORBIDDEN
   */
  @Mutation(() => Patient, {
    description:
      'Creates or updates the registration of a patient the caller acts for (their own record, or a dependent’s). A patient under 18 is registered by a parent or legal guardian.',
  })
  registerPatient(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('patient', () => PatientRegistrationInput) patient: PatientRegistrationInput,
    @Ctx() ctx: Context,
  ): Promise<Patient> {
    return registerPatient(ctx, patientId, patient);
  }

  /** Age in completed years today (Asia/Kolkata). */
  @FieldResolver(() => Int, { description: 'Age in completed years today (Asia/Kolkata).' })
  age(@Root() patient: Patient): number {
    return ageOn(patient.birthDate, todayIn());
  }
}
