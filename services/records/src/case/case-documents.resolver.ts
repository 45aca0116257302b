import { referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { CaseReference } from './case.type';

@Resolver(() => CaseReference)
export class CaseDocumentsResolver {
  /** The case's documents, oldest first (batched by case). */
  @FieldResolver(() => [Document], {
    nullable: true,
    description:
      "The case's reports and files, oldest first (null only if records is unreachable).",
  })
  documents(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Document[]> {
    return ctx.loaders.documentsByCase.load(referenceId(found));
  }
}
