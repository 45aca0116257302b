import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { NotFoundError } from '@consilium/subgraph-kit';
import { CaseIntakeInput } from './case-intake.input';
import { intakeProblemsOf, saveCaseIntake, startCase, submitCase } from './case-intake.service';
import { FieldProblem } from './field-problem.type';

/** Case intake (DESIGN.md §2 step 2): a draft saved step by step, then submitted once complete. */
@Resolver(() => Case)
export class CaseIntakeResolver {
  /** Starts a DRAFT case (see startCase). @throws BAD_USER_INPUT; FORBIDDEN */
  @Mutation(() => Case, {
    description:
      'Starts a DRAFT case for a registered patient the caller acts for; the same idempotencyKey (a client-made UUID) returns the same case.',
  })
  startCase(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('idempotencyKey', () => ID) idempotencyKey: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return startCase(ctx, patientId, idempotencyKey);
  }

  /** Saves sections of a DRAFT case's history (see saveCaseIntake). */
  @Mutation(() => Case, {
    description:
      'Saves part of the history of a DRAFT case: every section given replaces the stored one; nothing is written when a rule is broken (BAD_USER_INPUT with extensions.problems).',
  })
  saveCaseIntake(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('intake', () => CaseIntakeInput) intake: CaseIntakeInput,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return saveCaseIntake(ctx, caseId, intake);
  }

  /** Submits a complete DRAFT case (see submitCase). */
  @Mutation(() => Case, {
    description:
      'Submits a complete DRAFT case (DRAFT → SUBMITTED); BAD_USER_INPUT with extensions.problems naming what is missing.',
  })
  submitCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<Case> {
    return submitCase(ctx, caseId);
  }

  /** What submitCase would refuse now: gaps in the history and the patient's identification. */
  @FieldResolver(() => [FieldProblem], {
    description:
      'What submitting would refuse now: gaps in the history and in the patient’s identification (empty when complete).',
  })
  async intakeProblems(@Root() found: Case, @Ctx() ctx: Context): Promise<FieldProblem[]> {
    const patient = await ctx.loaders.patient.load(found.patient.id);
    if (!patient) throw new NotFoundError('Patient', found.patient.id);
    return intakeProblemsOf(found, patient).map((problem) => FieldProblem.of(problem));
  }
}
