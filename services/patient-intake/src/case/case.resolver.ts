import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Patient } from '../patient/patient.entity';
import { getPatient } from '../patient/patient.service';
import { CaseStage } from './case-stage.enum';
import { CaseConnection, CaseStageCount } from './case.connection';
import { Case } from './case.entity';
import { CaseTimelineEntry } from '../timeline/case-timeline-entry.entity';
import { countCasesByStage, listCases } from './case-list.service';
import { getCase } from './case.service';

@Resolver(() => Case)
export class CaseResolver {
  /** One case by id; NOT_FOUND when unknown, BAD_USER_INPUT when `id` is not a UUID. */
  @Query(() => Case, { description: 'One case by id.' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Case> {
    return getCase(ctx, id);
  }

  /** Cases newest first, optionally of one stage or one patient; `first` ≤ 100. */
  @Query(() => CaseConnection, { description: 'Cases newest first, optionally filtered.' })
  cases(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('stage', () => CaseStage, { nullable: true }) stage: CaseStage | null,
    @Arg('patientId', () => ID, { nullable: true }) patientId: string | null,
  ): Promise<CaseConnection> {
    return listCases(ctx, { stage, patientId }, first, after);
  }

  /** How many cases are at each stage, in journey order. */
  @Query(() => [CaseStageCount], { description: 'How many cases are at each stage.' })
  caseStageCounts(@Ctx() ctx: Context): Promise<CaseStageCount[]> {
    return countCasesByStage(ctx);
  }

  /** The patient the case is about (batched). */
  @FieldResolver(() => Patient)
  patient(@Root() found: Case, @Ctx() ctx: Context): Promise<Patient> {
    return getPatient(ctx, found.patient.id);
  }

  /** Every event of the case with the stage changes it caused, oldest first (batched). */
  @FieldResolver(() => [CaseTimelineEntry], {
    description: 'Every event of the case with the stage changes it caused, oldest first.',
  })
  timeline(@Root() found: Case, @Ctx() ctx: Context): Promise<CaseTimelineEntry[]> {
    return ctx.loaders.timelineByCase.load(found.id);
  }
}
