import { requireViewer } from '@consilium/subgraph-kit';
import { requirementMatch, type DocumentKind } from '@consilium/validation';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Case } from '../case/case.entity';
import { SecondOpinionReason } from '../case/second-opinion-reason.enum';
import type { Context } from '../context.type';
import { DocumentKindEnum } from './document-kind.enum';
import { ReportRequirement } from './report-requirement.entity';
import { retireReportRequirement, saveReportRequirement } from './report-requirement.service';

@InputType({ description: 'A row of the completeness table; with id to change an existing row.' })
class ReportRequirementInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => [String], { description: 'ICD-10 code prefixes, e.g. C50.' })
  conditionCodes!: string[];

  @Field(() => [String], { description: 'Words looked for in conditions and complaint.' })
  conditionKeywords!: string[];

  @Field(() => [SecondOpinionReason], { description: 'Only for these reasons; empty: any.' })
  reasons!: SecondOpinionReason[];

  @Field(() => DocumentKindEnum)
  documentKind!: DocumentKind;

  @Field()
  titleEn!: string;

  @Field()
  titleHi!: string;
}

/** A report a case usually needs, and why (see requirementMatch). */
@ObjectType({ description: 'A report this case usually needs, and why.' })
class RequiredReport {
  @Field(() => ID)
  requirementId!: string;

  @Field(() => DocumentKindEnum, {
    description: 'Present when a document of this kind is uploaded.',
  })
  documentKind!: DocumentKind;

  @Field()
  titleEn!: string;

  @Field()
  titleHi!: string;

  @Field({ description: 'The condition, keyword or reason that made it apply.' })
  because!: string;
}

/** The completeness table (issue 6): which reports a case usually needs. */
@Resolver(() => ReportRequirement)
export class ReportRequirementResolver {
  /** The table, active rows first (any signed-in person may read it). */
  @Query(() => [ReportRequirement], {
    description: 'The completeness table: which cases usually need which reports.',
  })
  reportRequirements(
    @Ctx() ctx: Context,
    @Arg('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<ReportRequirement[]> {
    requireViewer(ctx);
    return ctx.em.find(ReportRequirement, includeRetired ? {} : { active: true }, {
      orderBy: { active: 'desc', documentKind: 'asc', createdAt: 'asc' },
      limit: 500,
    });
  }

  /** Adds or changes a row (operations staff). */
  @Mutation(() => ReportRequirement, {
    description: 'Adds a row to the completeness table, or changes one (operations staff).',
  })
  saveReportRequirement(
    @Arg('input', () => ReportRequirementInput) input: ReportRequirementInput,
    @Ctx() ctx: Context,
  ): Promise<ReportRequirement> {
    return saveReportRequirement(ctx, input);
  }

  /** Retires a row (operations staff). */
  @Mutation(() => ReportRequirement, {
    description: 'Retires a row of the completeness table; it stays listed as inactive.',
  })
  retireReportRequirement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<ReportRequirement> {
    return retireReportRequirement(ctx, id);
  }
}

/** Case.requiredReports. */
@Resolver(() => Case)
export class CaseRequiredReportsResolver {
  /** The reports this case usually needs by its conditions and reason (the active table rows). */
  @FieldResolver(() => [RequiredReport], {
    description:
      'The reports this case usually needs by its conditions and reason; compare documentKind with the kinds of its documents.',
  })
  async requiredReports(@Root() found: Case, @Ctx() ctx: Context): Promise<RequiredReport[]> {
    const rows = await ctx.em.find(
      ReportRequirement,
      { active: true },
      { orderBy: { createdAt: 'asc' } },
    );
    return rows.flatMap((row) => {
      const because = requirementMatch(row, found);
      return because
        ? [
            {
              requirementId: row.id,
              documentKind: row.documentKind,
              titleEn: row.titleEn,
              titleHi: row.titleHi,
              because,
            },
          ]
        : [];
    });
  }
}
