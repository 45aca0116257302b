import { PageInfo, RETENTION_SCHEDULE } from '@consilium/subgraph-kit';
import {
  Arg,
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
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { PatientReference } from '../patient/patient.type';
import {
  confirmationItemOf,
  ErasureConfirmation,
  retentionRuleOf,
  RetentionRuleType,
} from './erasure-confirmation.type';
import { ErasureRequest, ErasureRequestStatus } from './erasure-request.entity';
import {
  cancelErasureRequest,
  casesOfPatient,
  casesUnderWay,
  confirmErasureRequest,
  declineErasureRequest,
  getErasureRequest,
  listErasureRequests,
  requestErasure,
} from './erasure.service';

@InputType({ description: 'The patient’s side asks for the whole record to be erased.' })
class RequestErasureInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => String, { nullable: true, description: 'Why (optional, at most 1,000 characters).' })
  reason?: string | null;
}

@ObjectType()
class ErasureRequestEdge {
  @Field()
  cursor!: string;

  @Field(() => ErasureRequest)
  node!: ErasureRequest;
}

@ObjectType({ description: 'A page of erasure requests, newest first.' })
class ErasureRequestConnection {
  @Field(() => [ErasureRequestEdge])
  edges!: ErasureRequestEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Erasure with a retention schedule (issue 7): asking, deciding, and the confirmation. */
@Resolver(() => ErasureRequest)
export class ErasureRequestResolver {
  @Query(() => ErasureRequestConnection, {
    description:
      'Erasure requests, newest first: of one patient (the patient’s side, or operations staff), or of everyone (operations staff).',
  })
  erasureRequests(
    @Arg('patientId', () => ID, { nullable: true }) patientId: string | null,
    @Arg('status', () => ErasureRequestStatus, { nullable: true })
    status: ErasureRequestStatus | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ErasureRequestConnection> {
    return listErasureRequests(ctx, { patientId, status, first, after });
  }

  @Query(() => ErasureRequest, { description: 'One erasure request.' })
  erasureRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ErasureRequest> {
    return getErasureRequest(ctx, id);
  }

  @Query(() => [RetentionRuleType], {
    description:
      'The retention schedule: what an erasure keeps sealed, for how long, and the rule that requires it.',
  })
  retentionSchedule(): RetentionRuleType[] {
    return Object.values(RETENTION_SCHEDULE).map(retentionRuleOf);
  }

  @Mutation(() => ErasureRequest, {
    description:
      'The patient’s side asks for the whole record to be erased; operations staff confirm or decline.',
  })
  requestErasure(
    @Arg('input', () => RequestErasureInput) input: RequestErasureInput,
    @Ctx() ctx: Context,
  ): Promise<ErasureRequest> {
    return requestErasure(ctx, input);
  }

  @Mutation(() => ErasureRequest, {
    description: 'The patient’s side withdraws a request while it is pending.',
  })
  cancelErasureRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<ErasureRequest> {
    return cancelErasureRequest(ctx, id);
  }

  @Mutation(() => ErasureRequest, {
    description:
      'Operations staff confirm a pending request: the record is erased at once, what the law keeps is sealed.',
  })
  confirmErasureRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<ErasureRequest> {
    return confirmErasureRequest(ctx, id);
  }

  @Mutation(() => ErasureRequest, {
    description: 'Operations staff decline a pending request, saying why (the patient sees it).',
  })
  declineErasureRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<ErasureRequest> {
    return declineErasureRequest(ctx, id, reason);
  }

  /** When it was asked for. */
  @FieldResolver(() => Date, { description: 'When it was asked for.' })
  requestedAt(@Root() request: ErasureRequest): Date {
    return request.createdAt;
  }

  /** The patient whose record it is (patient-intake resolves the rest). */
  @FieldResolver(() => PatientReference, {
    nullable: true,
    description: 'The patient (null when patient-intake holds no registration for them).',
  })
  patient(@Root() request: ErasureRequest): PatientReference {
    return { id: request.patientId };
  }

  /** The cases it covers: those erased, or while pending those it would erase. */
  @FieldResolver(() => [CaseReference], {
    nullable: 'items',
    description: 'The cases it covers: those erased, or while pending those it would erase.',
  })
  async cases(@Root() request: ErasureRequest, @Ctx() ctx: Context): Promise<CaseReference[]> {
    const ids =
      request.status === ErasureRequestStatus.COMPLETED
        ? request.caseIds
        : await casesOfPatient(ctx.em, request.patientId);
    return ids.map((id) => ({ id }));
  }

  /** While pending: the cases that stop a confirmation (paid, opinions not yet delivered). */
  @FieldResolver(() => [CaseReference], {
    nullable: 'items',
    description:
      'While pending: cases under way (paid, opinions not yet delivered), which must end before the record can be erased.',
  })
  async casesUnderWay(
    @Root() request: ErasureRequest,
    @Ctx() ctx: Context,
  ): Promise<CaseReference[]> {
    if (request.status !== ErasureRequestStatus.PENDING) return [];
    const ids = await casesOfPatient(ctx.em, request.patientId);
    return (await casesUnderWay(ctx.em, ids)).map((progress) => ({ id: progress.caseId }));
  }

  /** The itemised confirmation, once completed. */
  @FieldResolver(() => ErasureConfirmation, {
    nullable: true,
    description:
      'Once completed: what was destroyed, what is kept sealed, why and until when (null before).',
  })
  confirmation(@Root() request: ErasureRequest): ErasureConfirmation | null {
    if (!request.completedAt || !request.confirmationItems) return null;
    return {
      completedAt: request.completedAt,
      items: request.confirmationItems.map(confirmationItemOf),
    };
  }
}
