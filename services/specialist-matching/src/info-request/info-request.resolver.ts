import { authorizeCase, referenceId } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { Specialist } from '../specialist/specialist.entity';
import { DocumentReference } from './document.type';
import { InfoRequestKind } from './info-request-enums';
import { InfoRequest } from './info-request.entity';
import { answerInformationRequest, requestInformation } from './info-request.service';
import { caseTargetOf } from '../case/case-target';

@Resolver(() => CaseReference)
export class CaseInfoRequestsResolver {
  /** The specialists' requests for more information or tests, oldest first; not for partners. */
  @FieldResolver(() => [InfoRequest], {
    description: 'Requests for more information or tests, oldest first.',
  })
  async infoRequests(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<InfoRequest[]> {
    const caseId = referenceId(found);
    await authorizeCase(ctx, await caseTargetOf(ctx, caseId), {
      objectType: 'InfoRequest',
      fields: ['question', 'answer'],
      allowPartner: false,
    });
    return ctx.loaders.infoRequestsByCase.load(caseId);
  }
}

@Resolver(() => InfoRequest)
export class InfoRequestResolver {
  @FieldResolver(() => Specialist)
  async specialist(@Root() request: InfoRequest, @Ctx() ctx: Context): Promise<Specialist> {
    const found = await ctx.loaders.specialist.load(request.specialistId);
    if (!found) throw new Error(`info request ${request.id} points at a missing specialist`);
    return found;
  }

  /** Reports attached to the answer (resolved, and authorised, by records). */
  @FieldResolver(() => [DocumentReference])
  documents(@Root() request: InfoRequest): DocumentReference[] {
    return request.documentIds.map((id) => ({ id }));
  }

  /** See requestInformation. */
  @Mutation(() => InfoRequest, {
    description: 'A specialist asks the patient for more information or a test.',
  })
  requestInformation(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('kind', () => InfoRequestKind) kind: InfoRequestKind,
    @Arg('question') question: string,
  ): Promise<InfoRequest> {
    return requestInformation(ctx, caseId, kind, question);
  }

  /** See answerInformationRequest. */
  @Mutation(() => InfoRequest, {
    description: 'The patient’s side answers a request, optionally attaching uploaded reports.',
  })
  answerInformationRequest(
    @Ctx() ctx: Context,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('answer') answer: string,
    @Arg('documentIds', () => [ID], { defaultValue: [] }) documentIds: string[],
  ): Promise<InfoRequest> {
    return answerInformationRequest(ctx, requestId, answer, documentIds);
  }
}
