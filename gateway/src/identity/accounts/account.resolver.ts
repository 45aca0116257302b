import type { FilterQuery } from '@mikro-orm/core';
import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  ConflictError,
  decodeCursor,
  NotFoundError,
  parseId,
  parsePageSize,
  requireRole,
  requireViewer,
  toConnection,
  type BaseContext,
  type Role,
} from '@consilium/subgraph-kit';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { issueCode } from '../codes/codes';
import { CodePurpose } from '../codes/one-time-code.entity';
import { revokeAccess } from '../sessions/revoke-access';
import { endAllSessions } from '../sessions/sessions';
import { AccountRole } from './account-role.enum';
import { Account } from './account.entity';
import { checkPhone, normaliseEmail } from './logins';
import { normaliseName } from '@consilium/validation';
import { PageInfo } from '@consilium/subgraph-kit';

/**
 * The roles an administrator can give a staff account (COMPLIANCE: reads what erasures kept
 * sealed, issue 7).
 */
const STAFF_ROLES: Role[] = ['SPECIALIST', 'GP', 'OPERATIONS', 'COMPLIANCE'];

@InputType({ description: 'A specialist, GP, operations or compliance staff member to create.' })
class CreateStaffAccountInput {
  @Field(() => AccountRole, { description: 'SPECIALIST, GP, OPERATIONS or COMPLIANCE.' })
  role!: Role;

  @Field()
  displayName!: string;

  @Field({ description: 'Where the code to set a password is sent.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'E.164 or an Indian number.' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The specialist profile (role SPECIALIST).' })
  specialistId?: string | null;

  @Field({ defaultValue: 'en', description: 'en or hi.' })
  language!: string;
}

@ArgsType()
class AccountsArgs {
  @Field(() => AccountRole, { nullable: true })
  role?: Role;

  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
class AccountEdge {
  @Field()
  cursor!: string;

  @Field(() => Account)
  node!: Account;
}

@ObjectType({ description: 'A page of accounts, newest first.' })
class AccountConnection {
  @Field(() => [AccountEdge])
  edges!: AccountEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Accounts: the signed-in person's own, and staff accounts for operations. */
@Resolver(() => Account)
export class AccountResolver {
  /** The signed-in account. @throws UNAUTHENTICATED; NOT_FOUND for a partner client's token */
  @Query(() => Account, { description: 'The signed-in account.' })
  async me(@Ctx() ctx: BaseContext): Promise<Account> {
    const viewer = requireViewer(ctx);
    const account = await ctx.em.findOne(Account, { id: viewer.accountId });
    if (!account) throw new NotFoundError('Account', viewer.accountId);
    return account;
  }

  /** Accounts for operations staff, optionally of one role. @throws FORBIDDEN for others */
  @Query(() => AccountConnection, { description: 'Accounts, newest first (operations staff).' })
  async accounts(
    @Args() { role, first, after }: AccountsArgs,
    @Ctx() ctx: BaseContext,
  ): Promise<AccountConnection> {
    requireRole(ctx, 'OPERATIONS');
    const size = parsePageSize(first);
    const where: FilterQuery<Account> = {};
    if (after) where.id = { $lt: decodeCursor(after, ['uuid'])[0]! };
    let rows = await ctx.em.find(Account, where, {
      orderBy: { id: 'desc' },
      limit: role ? 1000 : size + 1,
    });
    // Roles are a JSON list; filtering in memory keeps the query portable across SQLite and PG.
    if (role) rows = rows.filter((account) => account.roles.includes(role)).slice(0, size + 1);
    return toConnection(rows, size, after, (account) => [account.id]);
  }

  /**
   * Creates a specialist, GP, operations or compliance account (operations staff only) and emails
   * a code to set the first password.
   * @throws BAD_USER_INPUT naming the field; CONFLICT when the email or phone is taken
   */
  @Mutation(() => Account, { description: 'Creates a staff account (operations staff).' })
  async createStaffAccount(
    @Arg('input') input: CreateStaffAccountInput,
    @Ctx() ctx: BaseContext,
  ): Promise<Account> {
    requireRole(ctx, 'OPERATIONS');
    if (!STAFF_ROLES.includes(input.role)) {
      throw new BadUserInputError(
        'input.role',
        'A staff account is SPECIALIST, GP, OPERATIONS or COMPLIANCE.',
      );
    }
    const named = normaliseName(input.displayName);
    if ('problem' in named) throw new BadUserInputError('input.displayName', named.problem);
    const displayName = named.name;
    const email = normaliseEmail(input.email);
    if (!email) throw new BadUserInputError('input.email', 'This is not an email address.');
    const checkedPhone = input.phone ? checkPhone(input.phone) : null;
    if (checkedPhone && 'problem' in checkedPhone) {
      throw new BadUserInputError('input.phone', checkedPhone.problem);
    }
    const phone = checkedPhone?.phone ?? null;
    const specialistId = input.specialistId
      ? parseId(input.specialistId, 'input.specialistId')
      : null;
    if (input.role === 'SPECIALIST' && !specialistId) {
      throw new BadUserInputError(
        'input.specialistId',
        'A specialist account needs its specialist profile.',
      );
    }
    if (
      specialistId &&
      input.role === 'SPECIALIST' &&
      (await ctx.em.count(Account, { specialistId }))
    ) {
      throw new ConflictError('This specialist profile already has an account.');
    }
    if (await ctx.em.count(Account, { $or: [{ email }, ...(phone ? [{ phone }] : [])] })) {
      throw new ConflictError('An account with this email or phone already exists.');
    }
    const account = ctx.em.create(Account, {
      displayName,
      email,
      phone,
      roles: [input.role],
      specialistId: input.role === 'SPECIALIST' ? specialistId : null,
      language: input.language === 'hi' ? 'hi' : 'en',
    });
    await issueCode(ctx.em, account, CodePurpose.RESET_PASSWORD);
    await ctx.em.flush();
    ctx.audit.record({
      objectType: 'Account',
      objectId: account.id,
      operation: AuditOperation.CREATE,
      fields: ['roles', 'email', 'phone', 'specialistId'],
      outcome: AuditOutcome.ALLOWED,
    });
    return account;
  }

  /** Disables an account and ends its sessions (operations staff). @throws NOT_FOUND */
  @Mutation(() => Account, {
    description: 'Disables an account and ends its sessions (operations staff).',
  })
  async disableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: BaseContext): Promise<Account> {
    const viewer = requireRole(ctx, 'OPERATIONS');
    const account = await ctx.em.findOne(Account, { id: parseId(id, 'id') });
    if (!account) throw new NotFoundError('Account', id);
    if (account.id === viewer.accountId)
      throw new ConflictError('You cannot disable your own account.');
    account.disabledAt ??= new Date();
    account.sessionsRevokedAt = revokeAccess(ctx.em, account.id);
    await endAllSessions(ctx.em, account.id);
    await ctx.em.flush();
    ctx.audit.record({
      objectType: 'Account',
      objectId: account.id,
      operation: AuditOperation.UPDATE,
      fields: ['disabledAt'],
      outcome: AuditOutcome.ALLOWED,
    });
    return account;
  }
}
