import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { DocumentKind } from '@consilium/validation';
import type { Context } from '../context.type';
import { changeDocument, removeDocument } from './document-changes';
import { DocumentKindEnum } from './document-kind.enum';
import { Document } from './document.entity';

@InputType({ description: 'What to change about a document; fields left out stay as they are.' })
export class DocumentChangesInput {
  @Field(() => String, { nullable: true, description: 'A new display name, 1–255 characters.' })
  title?: string | null;

  @Field(() => DocumentKindEnum, { nullable: true })
  kind?: DocumentKind | null;
}

@Resolver(() => Document)
export class DocumentChangesResolver {
  /** See changeDocument. */
  @Mutation(() => Document, {
    description:
      'Renames a document or files it under another kind: the patient’s side until the case is consented; the case’s GP and operations at any time.',
  })
  changeDocument(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => DocumentChangesInput) changes: DocumentChangesInput,
    @Ctx() ctx: Context,
  ): Promise<Document> {
    return changeDocument(ctx, id, changes);
  }

  /** See removeDocument. */
  @Mutation(() => ID, {
    description:
      'Removes a report handed over by mistake (the patient’s side, before consent), destroying its file; returns its id.',
  })
  removeDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return removeDocument(ctx, id);
  }
}
