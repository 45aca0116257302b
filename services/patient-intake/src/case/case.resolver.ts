import { hasRole } from '@consilium/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Patient } from '../patient/patient.entity';
import { getPatientOfVisibleCase } from '../patient/patient.service';
import { CaseStage } from './case-stage.enum';
import { CaseConnection, CaseStageCount } from './case.connection';
import { Case } from './case.entity';
import { CaseTimelineEntry } from '../timeline/case-timeline-entry.entity';
import { caseListColumns } from './case-list-fields';
import { countCasesByStage, listCases } from './case-list.service';
import { getCase } from './case.service';

@Resolver(() => Case)
export class CaseResolver {
  /**
   * One case by id, for a viewer entitled to it; FORBIDDEN otherwise (NOT_FOUND only for
   * operations staff), BAD_USER_INPUT when `id` is not a UUID.
   */
  @Query(() => Case, { description: 'One case by id.' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Case> {
    return getCase(ctx, id);
  }

  /** The cases the viewer may see, newest first, optionally of one stage or patient; `first` ≤ 100. */
  @Query(() => CaseConnection, { description: 'Cases newest first, optionally filtered.' })
  cases(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('stage', () => CaseStage, { nullable: true }) stage: CaseStage | null,
    @Arg('patientId', () => ID, { nullable: true }) patientId: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseConnection> {
    return listCases(ctx, { stage, patientId }, first, after, caseListColumns(info));
  }

  /** How many cases are at each stage, in journey order (operations staff). */
  @Query(() => [CaseStageCount], { description: 'How many cases are at each stage.' })
  caseStageCounts(@Ctx() ctx: Context): Promise<CaseStageCount[]> {
    return countCasesByStage(ctx);
  }

  /** The patient the case is about (batched; visible with the case). */
  @FieldResolver(() => Patient)
  patient(@Root() found: Case, @Ctx() ctx: Context): Promise<Patient> {
    return getPatientOfVisibleCase(ctx, found.patient.id, found.id);
  }

  /**
   * Every event of the case with the stage changes it caused, oldest first (batched); a partner
   * organisation sees the stage changes only (issue 10: status, nothing clinical).
   */
  @FieldResolver(() => [CaseTimelineEntry], {
    description:
      'Every event of the case with the stage changes it caused, oldest first (partners: the stage changes only).',
  })
  async timeline(@Root() found: Case, @Ctx() ctx: Context): Promise<CaseTimelineEntry[]> {
    const entries = await ctx.loaders.timelineByCase.load(found.id);
    return hasRole(ctx.viewer, 'PARTNER') ? entries.filter((entry) => entry.toStage) : entries;
  }
}
