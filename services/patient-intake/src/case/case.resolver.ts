import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Patient } from '../patient/patient.entity';
import { getPatient } from '../patient/patient.service';
import { Case } from './case.entity';
import { getCase } from './case.service';

@Resolver(() => Case)
export class CaseResolver {
  /** One case by id; NOT_FOUND when unknown, BAD_USER_INPUT when `id` is not a UUID. */
  @Query(() => Case, { description: 'One case by id.' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Case> {
    return getCase(ctx, id);
  }

  /** The patient the case is about (batched). */
  @FieldResolver(() => Patient)
  patient(@Root() found: Case, @Ctx() ctx: Context): Promise<Patient> {
    return getPatient(ctx, found.patient.id);
  }
}
