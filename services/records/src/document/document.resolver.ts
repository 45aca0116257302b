import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { Document } from './document.entity';
import { getDocument } from './document.service';

@Resolver(() => Document)
export class DocumentResolver {
  /** One document's metadata by id; NOT_FOUND when unknown, BAD_USER_INPUT for a bad id. */
  @Query(() => Document, { description: "One document's metadata by id." })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Document> {
    return getDocument(ctx, id);
  }
}
