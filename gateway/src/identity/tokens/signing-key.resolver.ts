import { requireRole, type BaseContext } from '@consilium/subgraph-kit';
import { Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { KEY_PUBLISH_LEAD_MS, rotateSigningKey } from './signing-keys';

@ObjectType({ description: 'A newly published signing key.' })
class SigningKeyRotation {
  @Field({ description: 'Its key id (kid).' })
  kid!: string;

  @Field(() => Date, { description: 'When it starts signing (verifiers have it by then).' })
  activatesAt!: Date;
}

/** Key rotation on demand (e.g. a suspected leak); it also happens by itself every 30 days. */
@Resolver()
export class SigningKeyResolver {
  /** Publishes a new key now; it signs after the publish lead time. @throws FORBIDDEN */
  @Mutation(() => SigningKeyRotation, {
    description: `Publishes a new token signing key, used from ${KEY_PUBLISH_LEAD_MS / 60_000} minutes on (operations staff).`,
  })
  async rotateSigningKey(@Ctx() ctx: BaseContext): Promise<SigningKeyRotation> {
    requireRole(ctx, 'OPERATIONS');
    const key = (await rotateSigningKey(ctx.em, true))!;
    return { kid: key.kid, activatesAt: key.activatesAt };
  }
}
