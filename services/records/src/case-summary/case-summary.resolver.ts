import { AuditOperation, authorizeCase, PageInfo, referenceId } from '@consilium/subgraph-kit';
import { JSONObjectResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.type';
import { CaseReference } from '../case/case.type';
import { Document } from '../document/document.entity';
import { caseSummaryTargetAt, isCaseSummaryOverdue } from './case-summary-due';
import { referralNoteComposition } from './case-summary-fhir';
import { referralNotePdfLink } from './case-summary-routes';
import { CaseSummary } from './case-summary.entity';
import {
  assignCaseGp,
  caseSummaryOfCase,
  listCaseSummaries,
  writeCaseSummary,
} from './case-summary.service';
import { CaseSummaryStatus } from './case-summary-status.enum';

/** What operations staff send to assign (or reassign) a case's GP. */
@InputType({ description: 'The GP operations staff give a case’s summary to.' })
class AssignCaseGpInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: 'The GP’s account (identity’s `accounts(role: GP)`).' })
  gpAccountId!: string;

  @Field({ description: 'The GP’s name as their account shows it; printed on the note.' })
  gpName!: string;
}

/** What the assigned GP writes; a part left out stays as it is. */
@InputType({
  description:
    'What the assigned GP writes; each part given replaces the stored one, a part left out stays as it is.',
})
class CaseSummaryInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'The history, at most 10,000 characters.' })
  history?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Key findings: at most 20, each at most 500 characters.',
  })
  keyFindings?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Documents of this case that matter (at most 50).',
  })
  relevantDocumentIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Questions for the specialists: at most 10, each at most 1,000 characters.',
  })
  questions?: string[] | null;
}

/** The list's optional status, page size and cursor. */
@ArgsType()
class CaseSummariesArgs {
  @Field(() => CaseSummaryStatus, { nullable: true })
  status?: CaseSummaryStatus | null;

  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** One summary in a page, with its cursor. */
@ObjectType()
class CaseSummaryEdge {
  @Field()
  cursor!: string;

  @Field(() => CaseSummary)
  node!: CaseSummary;
}

/** A Relay page of case summaries. */
@ObjectType({
  description:
    'A page of case summaries: drafts first, soonest due (so the overdue) first, then final ones.',
})
class CaseSummaryConnection {
  @Field(() => [CaseSummaryEdge])
  edges!: CaseSummaryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** The GP's case summary (referral note): assignment, writing, lists and what it shows. */
@Resolver(() => CaseSummary)
export class CaseSummaryResolver {
  /** Case summaries: all for operations staff, a GP's own for a GP. @throws FORBIDDEN otherwise */
  @Query(() => CaseSummaryConnection, {
    description:
      'Case summaries: every one for operations staff, those assigned to the signed-in GP for a GP.',
  })
  caseSummaries(
    @Args() args: CaseSummariesArgs,
    @Ctx() ctx: Context,
  ): Promise<CaseSummaryConnection> {
    return listCaseSummaries(ctx, args);
  }

  /** Assigns or reassigns a case's GP (operations staff); see assignCaseGp. */
  @Mutation(() => CaseSummary, {
    description:
      'Gives a case’s summary to a GP, or to another GP while it is a draft (operations staff).',
  })
  assignCaseGp(
    @Arg('input', () => AssignCaseGpInput) input: AssignCaseGpInput,
    @Ctx() ctx: Context,
  ): Promise<CaseSummary> {
    return assignCaseGp(ctx, input);
  }

  /** Saves the assigned GP's draft; see writeCaseSummary. */
  @Mutation(() => CaseSummary, { description: 'Saves the draft (the assigned GP).' })
  saveCaseSummary(
    @Arg('input', () => CaseSummaryInput) input: CaseSummaryInput,
    @Ctx() ctx: Context,
  ): Promise<CaseSummary> {
    return writeCaseSummary(ctx, input, false);
  }

  /** Saves and submits the summary, which is then final; see writeCaseSummary. */
  @Mutation(() => CaseSummary, {
    description:
      'Saves and submits the summary (the assigned GP): it becomes final, never changes, and the panel and the patient can read it.',
  })
  submitCaseSummary(
    @Arg('input', () => CaseSummaryInput) input: CaseSummaryInput,
    @Ctx() ctx: Context,
  ): Promise<CaseSummary> {
    return writeCaseSummary(ctx, input, true);
  }

  /** The case the summary is about (resolved by patient-intake). */
  @FieldResolver(() => CaseReference)
  case(@Root() summary: CaseSummary): CaseReference {
    return { id: summary.caseId };
  }

  /** Consent + 24 h, the time aimed at; null until the patient has consented. */
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When it should ideally be ready: 24 hours after the consent.',
  })
  targetAt(@Root() summary: CaseSummary): Date | null {
    return summary.dueAt ? caseSummaryTargetAt(summary.dueAt) : null;
  }

  /** A draft past its due time. */
  @FieldResolver(() => Boolean, {
    description: 'True while it is a draft past its due time.',
  })
  overdue(@Root() summary: CaseSummary): boolean {
    return isCaseSummaryOverdue(summary, new Date());
  }

  /** The case's documents it refers to that still exist, in the order the GP gave. */
  @FieldResolver(() => [Document])
  async relevantDocuments(@Root() summary: CaseSummary, @Ctx() ctx: Context): Promise<Document[]> {
    const found = await ctx.loaders.document.loadMany(summary.relevantDocumentIds);
    return found.filter((document): document is Document => document instanceof Document);
  }

  /** A 5-minute signed link to the final summary's PDF (null for a draft); audited. */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A short-lived signed same-origin link to the referral note as a PDF (null while a draft).',
  })
  async pdfUrl(@Root() summary: CaseSummary, @Ctx() ctx: Context): Promise<string | null> {
    if (summary.status !== CaseSummaryStatus.FINAL) return null;
    await authorizeCase(
      ctx,
      { caseId: summary.caseId, patientId: summary.patientId },
      {
        operation: AuditOperation.READ,
        objectType: 'CaseSummary',
        objectId: summary.id,
        fields: ['pdf'],
        allowPartner: false,
      },
    );
    return referralNotePdfLink(summary.id);
  }

  /** The final summary as a FHIR R4 Composition "Referral note" (null for a draft). */
  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description:
      'The final summary as a FHIR R4 Composition of LOINC type 57133-1 “Referral note” (null while a draft).',
  })
  async fhirResource(
    @Root() summary: CaseSummary,
    @Ctx() ctx: Context,
  ): Promise<Record<string, unknown> | null> {
    if (summary.status !== CaseSummaryStatus.FINAL) return null;
    return referralNoteComposition(summary, await this.relevantDocuments(summary, ctx));
  }
}

/** `Case.caseSummary`: the case's summary, as each viewer may read it. */
@Resolver(() => CaseReference)
export class CaseSummaryOfCaseResolver {
  /**
   * The case's summary for a viewer entitled to the case (never a partner): final, for everyone
   * who may see the case; a draft only for operations staff and the GP writing it.
   */
  @FieldResolver(() => CaseSummary, {
    nullable: true,
    description:
      'The GP’s case summary (referral note): null before a GP is assigned, and a draft is shown only to operations staff and its GP.',
  })
  caseSummary(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<CaseSummary | null> {
    return caseSummaryOfCase(ctx, referenceId(found));
  }
}
