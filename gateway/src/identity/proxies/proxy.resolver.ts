import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  ForbiddenError,
  hasRole,
  newId,
  NotFoundError,
  parseId,
  requireViewer,
  type BaseContext,
} from '@consilium/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { findByLogin } from '../accounts/account-service';
import { normaliseName } from '@consilium/validation';
import { revokeAccess } from '../sessions/revoke-access';
import { ProxyAuthorization, ProxyRelationship } from './proxy-authorization.entity';

@InputType({ description: 'Lets another account act for a patient.' })
class AuthorizeProxyInput {
  @Field(() => ID, { description: 'The patient (one the caller acts for).' })
  patientId!: string;

  @Field({ description: "The proxy's email or phone; they must have an account." })
  proxyLogin!: string;

  @Field(() => ProxyRelationship)
  relationship!: ProxyRelationship;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: until revoked.' })
  validUntil?: Date | null;
}

@InputType({ description: 'A person (e.g. a child) a guardian registers and acts for.' })
class RegisterDependentInput {
  @Field()
  displayName!: string;

  @Field(() => ProxyRelationship, { description: 'The caller’s relationship to them.' })
  relationship!: ProxyRelationship;
}

/**
 * Proxy authorisations: a patient lets a relative or representative act for them; a guardian
 * registers a minor. A revoked authorisation stops working at the proxy's next request (the
 * gateway checks every token against the authorisations in force).
 */
@Resolver(() => ProxyAuthorization)
export class ProxyResolver {
  /** Authorisations the caller granted (for their patients) or holds. @throws UNAUTHENTICATED */
  @Query(() => [ProxyAuthorization], {
    description:
      'Proxy authorisations for the patients the caller acts for, and those the caller holds.',
  })
  async proxyAuthorizations(@Ctx() ctx: BaseContext): Promise<ProxyAuthorization[]> {
    const viewer = requireViewer(ctx);
    const where = hasRole(viewer, 'OPERATIONS')
      ? {}
      : { $or: [{ patientId: { $in: viewer.patientIds } }, { proxyAccountId: viewer.accountId }] };
    return ctx.em.find(ProxyAuthorization, where, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }

  /**
   * Authorises a proxy for a patient the caller acts for as the patient (or operations staff).
   * @throws FORBIDDEN for someone else's patient; BAD_USER_INPUT naming the field
   */
  @Mutation(() => ProxyAuthorization, { description: 'Lets another account act for a patient.' })
  async authorizeProxy(
    @Arg('input') input: AuthorizeProxyInput,
    @Ctx() ctx: BaseContext,
  ): Promise<ProxyAuthorization> {
    const viewer = requireViewer(ctx);
    const patientId = parseId(input.patientId, 'input.patientId');
    const own = await ctx.em.findOne(Account, { patientId });
    const mayGrant =
      hasRole(viewer, 'OPERATIONS') ||
      own?.id === viewer.accountId ||
      (await this.isGuardianOf(ctx, viewer.accountId, patientId));
    if (!mayGrant) {
      ctx.audit.record({
        objectType: 'ProxyAuthorization',
        objectId: patientId,
        operation: AuditOperation.CREATE,
        outcome: AuditOutcome.DENIED,
        actingForPatientId: patientId,
        reason: 'not the patient or their guardian',
      });
      throw new ForbiddenError('Only the patient (or their guardian) can authorise a proxy.');
    }
    const proxy = await findByLogin(ctx.em, input.proxyLogin);
    if (!proxy || proxy.disabledAt) {
      throw new BadUserInputError(
        'input.proxyLogin',
        'No account has this email or phone; ask them to sign up first.',
      );
    }
    if (
      proxy.roles.some((role) => role === 'SPECIALIST' || role === 'GP' || role === 'OPERATIONS')
    ) {
      throw new BadUserInputError(
        'input.proxyLogin',
        'A staff account cannot act for a patient; ask them to sign up with a personal account.',
      );
    }
    if (proxy.patientId === patientId) {
      throw new BadUserInputError('input.proxyLogin', 'A patient cannot be their own proxy.');
    }
    const validFrom = input.validFrom ?? new Date();
    if (input.validUntil && input.validUntil <= validFrom) {
      throw new BadUserInputError('input.validUntil', 'validUntil must be after validFrom.');
    }
    const grant = ctx.em.create(ProxyAuthorization, {
      patientId,
      proxyAccountId: proxy.id,
      proxyDisplayName: proxy.displayName,
      patientDisplayName: own?.displayName ?? 'Patient',
      relationship: input.relationship,
      validFrom,
      validUntil: input.validUntil ?? null,
      grantedByAccountId: viewer.accountId,
    });
    await ctx.em.flush();
    ctx.audit.record({
      objectType: 'ProxyAuthorization',
      objectId: grant.id,
      operation: AuditOperation.CREATE,
      outcome: AuditOutcome.ALLOWED,
      actingForPatientId: patientId,
      fields: ['relationship', 'validFrom', 'validUntil'],
    });
    return grant;
  }

  /**
   * Revokes an authorisation (the patient, the guardian who granted it, the proxy themself, or
   * operations staff); the proxy loses access at their next request.
   * @throws FORBIDDEN; NOT_FOUND only for operations staff
   */
  @Mutation(() => ProxyAuthorization, { description: 'Ends a proxy authorisation at once.' })
  async revokeProxyAuthorization(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: BaseContext,
  ): Promise<ProxyAuthorization> {
    const viewer = requireViewer(ctx);
    const grant = await ctx.em.findOne(ProxyAuthorization, { id: parseId(id, 'id') });
    const own = grant ? await ctx.em.findOne(Account, { patientId: grant.patientId }) : null;
    const may =
      grant &&
      (hasRole(viewer, 'OPERATIONS') ||
        own?.id === viewer.accountId ||
        grant.grantedByAccountId === viewer.accountId ||
        grant.proxyAccountId === viewer.accountId);
    if (!may) {
      ctx.audit.record({
        objectType: 'ProxyAuthorization',
        objectId: grant?.id ?? id,
        operation: AuditOperation.UPDATE,
        outcome: AuditOutcome.DENIED,
        fields: ['revokedAt'],
        reason: grant ? 'not the patient, the grantor or the proxy' : 'no such authorisation',
      });
      if (hasRole(viewer, 'OPERATIONS')) throw new NotFoundError('ProxyAuthorization', id);
      throw new ForbiddenError('You may not change this authorisation.');
    }
    if (!grant.revokedAt)
      grant.revokedAt = revokeAccess(ctx.em, grant.proxyAccountId, grant.patientId);
    await ctx.em.flush();
    ctx.audit.record({
      objectType: 'ProxyAuthorization',
      objectId: grant.id,
      operation: AuditOperation.UPDATE,
      outcome: AuditOutcome.ALLOWED,
      actingForPatientId: grant.patientId,
      fields: ['revokedAt'],
    });
    return grant;
  }

  /**
   * Registers a person the caller will act for (a child, or an adult who cannot act), with a new
   * patient record id, and authorises the caller as their proxy.
   * @throws BAD_USER_INPUT naming the field
   */
  @Mutation(() => ProxyAuthorization, {
    description: 'Registers a dependent (e.g. a minor) and makes the caller their proxy.',
  })
  async registerDependent(
    @Arg('input') input: RegisterDependentInput,
    @Ctx() ctx: BaseContext,
  ): Promise<ProxyAuthorization> {
    const viewer = requireViewer(ctx);
    if (!hasRole(viewer, 'PROXY') && !hasRole(viewer, 'PATIENT')) {
      throw new ForbiddenError('Only patients and proxies can register a dependent.');
    }
    const named = normaliseName(input.displayName);
    if ('problem' in named) throw new BadUserInputError('input.displayName', named.problem);
    const displayName = named.name;
    const caller = await ctx.em.findOneOrFail(Account, { id: viewer.accountId });
    const grant = ctx.em.create(ProxyAuthorization, {
      patientId: newId(),
      proxyAccountId: caller.id,
      proxyDisplayName: caller.displayName,
      patientDisplayName: displayName,
      relationship: input.relationship,
      validFrom: new Date(),
      grantedByAccountId: caller.id,
    });
    await ctx.em.flush();
    ctx.audit.record({
      objectType: 'ProxyAuthorization',
      objectId: grant.id,
      operation: AuditOperation.CREATE,
      outcome: AuditOutcome.ALLOWED,
      actingForPatientId: grant.patientId,
      fields: ['patientDisplayName', 'relationship'],
    });
    return grant;
  }

  /** A guardian who registered the patient (they have no account of their own). */
  private async isGuardianOf(
    ctx: BaseContext,
    accountId: string,
    patientId: string,
  ): Promise<boolean> {
    const grants = await ctx.em.find(ProxyAuthorization, {
      patientId,
      proxyAccountId: accountId,
      grantedByAccountId: accountId,
      revokedAt: null,
    });
    return grants.some((grant) => grant.isActive());
  }
}
