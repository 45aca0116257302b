import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { searchDocuments } from './document-search';

@ObjectType({ description: 'A document whose text holds every word searched for.' })
export class DocumentSearchHit {
  @Field(() => Document)
  document!: Document;

  @Field({ description: 'Up to about 200 characters of its text around the first word found.' })
  snippet!: string;
}

@Resolver()
export class DocumentSearchResolver {
  /** See searchDocuments: words in the text of PDFs, in one case or the whole record. */
  @Query(() => [DocumentSearchHit], {
    description:
      'Documents whose text (PDFs with a text layer) holds every word of `text`, in one case or the patient’s whole record (patient’s side and operations only). At most 50, oldest first.',
  })
  searchDocuments(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('text') text: string,
    @Arg('caseId', () => ID, { nullable: true }) caseId: string | null,
    @Ctx() ctx: Context,
  ): Promise<DocumentSearchHit[]> {
    return searchDocuments(ctx, patientId, text, caseId);
  }
}
