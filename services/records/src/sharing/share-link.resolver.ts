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
import type { Context } from '../context.type';
import { ShareLink, ShareLinkUse } from './share-link.entity';
import { createShareLink, revokeShareLink, shareLinksOf } from './share-link.service';

@InputType({ description: 'What to share, with whom, for how long.' })
class CreateShareLinkInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'One case; omit to share the whole health record.',
  })
  caseId?: string | null;

  @Field({ description: 'The doctor’s or hospital’s email.' })
  recipientEmail!: string;

  @Field(() => Int, { nullable: true, description: '1 to 90 days; default 7.' })
  expiresInDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also ask for a one-time code given separately.',
  })
  withCode?: boolean | null;
}

@ObjectType({ description: 'A new share link and its secrets, shown only now.' })
class NewShareLinkPayload {
  @Field(() => ShareLink)
  shareLink!: ShareLink;

  @Field({ description: 'Same-origin path to give the recipient, e.g. /shared/…' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'The one-time code to give separately.' })
  code!: string | null;
}

/** Sharing the record with a doctor or hospital (issue 7). */
@Resolver(() => ShareLink)
export class ShareLinkResolver {
  @Query(() => [ShareLink], {
    description: 'A patient’s share links, newest first (the patient’s side).',
  })
  shareLinks(
    @Arg('patientId', () => ID) patientId: string,
    @Ctx() ctx: Context,
  ): Promise<ShareLink[]> {
    return shareLinksOf(ctx, patientId);
  }

  @Mutation(() => NewShareLinkPayload, {
    description:
      'Shares the health record or one case by a link that expires (default 7 days) and can be revoked.',
  })
  createShareLink(
    @Arg('input', () => CreateShareLinkInput) input: CreateShareLinkInput,
    @Ctx() ctx: Context,
  ): Promise<NewShareLinkPayload> {
    return createShareLink(ctx, input);
  }

  @Mutation(() => ShareLink, { description: 'Revokes a share link at once.' })
  revokeShareLink(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ShareLink> {
    return revokeShareLink(ctx, id);
  }

  /** Every use of the link, newest first. */
  @FieldResolver(() => [ShareLinkUse], { description: 'Every use of the link, newest first.' })
  uses(@Root() link: ShareLink, @Ctx() ctx: Context): Promise<ShareLinkUse[]> {
    return ctx.em.find(
      ShareLinkUse,
      { shareLinkId: link.id },
      { orderBy: { at: 'desc' }, limit: 100 },
    );
  }
}
