import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { serviceFieldPrefix } from '../service/service-field-prefix';
import { Directive } from 'type-graphql';
import { requireRole } from '../auth/authorize';
import { parseId } from '../ids/uuid';
import { PageInfo } from '../pagination/page-info.type';
import { decodeCursor, parsePageSize, toConnection } from '../pagination/cursor';
import type { BaseContext } from '../server/context.type';
import { AuditEntry, AuditOperation, AuditOutcome } from './audit-entry.entity';

@InputType({ description: 'Narrows the audit log; every field is optional.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  caseId?: string;

  @Field(() => ID, { nullable: true, description: 'The account that acted.' })
  accountId?: string;

  @Field(() => ID, { nullable: true, description: 'The patient acted for.' })
  actingForPatientId?: string;

  @Field(() => ID, { nullable: true, description: 'The patient whose record was touched.' })
  subjectPatientId?: string;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome;

  @Field(() => AuditOperation, { nullable: true })
  operation?: AuditOperation;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  since?: Date;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive).' })
  until?: Date;
}

@ArgsType()
class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@Directive('@shareable')
@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditEntry;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/**
 * The audit log of one service for operations staff (`<service>AuditLog`), newest first, with
 * filters and cursor pagination. There is no mutation: entries cannot be changed through the API.
 * @param service - kebab-case service name
 * @returns a type-graphql resolver class
 */
export function auditLogResolver(service: string): Function {
  @Resolver(() => AuditEntry)
  class ServiceAuditLogResolver {
    @Query(() => AuditEntryConnection, {
      name: `${serviceFieldPrefix(service)}AuditLog`,
      description: `Who read or changed health data held by the ${service} service (operations staff only).`,
    })
    async auditLog(
      @Args() { filter, first, after }: AuditLogArgs,
      @Ctx() ctx: BaseContext,
    ): Promise<AuditEntryConnection> {
      requireRole(ctx, 'OPERATIONS');
      const size = parsePageSize(first);
      const where: FilterQuery<AuditEntry> = {};
      if (filter?.caseId) where.caseId = parseId(filter.caseId, 'filter.caseId');
      if (filter?.accountId) where.accountId = parseId(filter.accountId, 'filter.accountId');
      if (filter?.actingForPatientId) {
        where.actingForPatientId = parseId(filter.actingForPatientId, 'filter.actingForPatientId');
      }
      if (filter?.subjectPatientId) {
        where.subjectPatientId = parseId(filter.subjectPatientId, 'filter.subjectPatientId');
      }
      if (filter?.outcome) where.outcome = filter.outcome;
      if (filter?.operation) where.operation = filter.operation;
      if (filter?.since || filter?.until) {
        where.occurredAt = {
          ...(filter.since ? { $gte: filter.since } : {}),
          ...(filter.until ? { $lt: filter.until } : {}),
        };
      }
      if (after) {
        const [id] = decodeCursor(after, ['uuid']);
        where.id = { $lt: id };
      }
      const rows = await (ctx.em as EntityManager).find(AuditEntry, where, {
        orderBy: { id: 'desc' },
        limit: size + 1,
      });
      return toConnection(rows, size, after, (row) => [row.id]);
    }
  }
  return ServiceAuditLogResolver;
}
