import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
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
}
