import { authorizeCase, referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { CaseReference } from './case.type';

@Resolver(() => CaseReference)
export class CaseDocumentsResolver {
  /**
   * The case's documents, oldest first (batched by case), for a viewer entitled to the case
   * (never a partner: documents need the patient's explicit consent); FORBIDDEN otherwise.
   */
  @FieldResolver(() => [Document], {
    nullable: true,
    description:
      "The case's reports and files, oldest first (null only if records is unreachable).",
  })
  async documents(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Document[]> {
    const caseId = referenceId(found);
    const documents = await ctx.loaders.documentsByCase.load(caseId);
    await authorizeCase(
      ctx,
      { caseId, patientId: documents[0]?.patientId ?? null },
      { objectType: 'CaseFile', fields: ['documents'], allowPartner: false },
    );
    return documents;
  }
}
