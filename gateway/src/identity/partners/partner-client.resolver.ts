import { randomBytes } from 'node:crypto';
import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  newId,
  NotFoundError,
  PARTNER_SCOPES,
  parseId,
  requireRole,
  type BaseContext,
} from '@consilium/subgraph-kit';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { normaliseName } from '@consilium/validation';
import { hashPassword } from '../accounts/passwords';
import { revokeAccess } from '../sessions/revoke-access';
import { PartnerClient } from './partner-client.entity';

@InputType({ description: 'A partner organisation’s API client to create.' })
class CreatePartnerClientInput {
  @Field({ description: 'The organisation, e.g. "Star Health Insurance".' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Its organisation id (default: a new one).' })
  partnerId?: string | null;

  @Field(() => [String], { description: 'cases:refer, cases:read-status, reports:read.' })
  scopes!: string[];
}

@ObjectType({ description: 'A new client and its secret, shown this once only.' })
class CreatedPartnerClient {
  @Field(() => PartnerClient)
  client!: PartnerClient;

  @Field({ description: 'The client_secret: store it now; it cannot be shown again.' })
  clientSecret!: string;
}

/** Partner API clients, managed by operations staff. */
@Resolver(() => PartnerClient)
export class PartnerClientResolver {
  /** Every partner client. @throws FORBIDDEN for non-operations */
  @Query(() => [PartnerClient], { description: 'Partner API clients (operations staff).' })
  async partnerClients(@Ctx() ctx: BaseContext): Promise<PartnerClient[]> {
    requireRole(ctx, 'OPERATIONS');
    return ctx.em.find(PartnerClient, {}, { orderBy: { createdAt: 'desc' }, limit: 500 });
  }

  /**
   * Creates a client with a random 256-bit secret, kept only as an argon2id hash.
   * @throws BAD_USER_INPUT naming the field
   */
  @Mutation(() => CreatedPartnerClient, {
    description: 'Creates a partner API client (operations staff).',
  })
  async createPartnerClient(
    @Arg('input') input: CreatePartnerClientInput,
    @Ctx() ctx: BaseContext,
  ): Promise<CreatedPartnerClient> {
    requireRole(ctx, 'OPERATIONS');
    const named = normaliseName(input.name);
    if ('problem' in named) throw new BadUserInputError('input.name', named.problem);
    const { name } = named;
    const unknown = input.scopes.filter(
      (scope) => !(PARTNER_SCOPES as readonly string[]).includes(scope),
    );
    if (unknown.length > 0 || input.scopes.length === 0) {
      throw new BadUserInputError(
        'input.scopes',
        `Scopes are some of: ${PARTNER_SCOPES.join(', ')}.`,
      );
    }
    const clientSecret = randomBytes(32).toString('base64url');
    const client = ctx.em.create(PartnerClient, {
      name,
      partnerId: input.partnerId ? parseId(input.partnerId, 'input.partnerId') : newId(),
      clientId: `partner_${randomBytes(9).toString('base64url')}`,
      secretHash: await hashPassword(clientSecret),
      scopes: [...new Set(input.scopes)],
    });
    await ctx.em.flush();
    ctx.audit.record({
      objectType: 'PartnerClient',
      objectId: client.id,
      operation: AuditOperation.CREATE,
      outcome: AuditOutcome.ALLOWED,
      fields: ['name', 'scopes'],
    });
    return { client, clientSecret };
  }

  /** Revokes a client: its tokens stop at their expiry, no new ones are issued. @throws NOT_FOUND */
  @Mutation(() => PartnerClient, {
    description: 'Revokes a partner API client (operations staff).',
  })
  async revokePartnerClient(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: BaseContext,
  ): Promise<PartnerClient> {
    requireRole(ctx, 'OPERATIONS');
    const client = await ctx.em.findOne(PartnerClient, { id: parseId(id, 'id') });
    if (!client) throw new NotFoundError('PartnerClient', id);
    if (!client.revokedAt) client.revokedAt = revokeAccess(ctx.em, client.id);
    await ctx.em.flush();
    return client;
  }
}
