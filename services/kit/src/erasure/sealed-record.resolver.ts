import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { AuditOperation, AuditOutcome } from '../audit/audit-entry.entity';
import { requireViewer } from '../auth/authorize';
import { hasRole } from '../auth/viewer';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/errors';
import { parseId } from '../ids/uuid';
import { decodeCursor, parsePageSize, toConnection } from '../pagination/cursor';
import { PageInfo } from '../pagination/page-info.type';
import type { BaseContext } from '../server/context.type';
import { serviceFieldPrefix } from '../service/service-field-prefix';
import { SealedRecord } from './sealed-record.entity';
import { openSealedRecord, type MasterKeySource } from './sealing';

@InputType({ description: 'Narrows the sealed records; every field is optional.' })
export class SealedRecordFilter {
  @Field(() => ID, { nullable: true })
  patientId?: string;

  @Field(() => ID, { nullable: true })
  erasureRequestId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also list records already destroyed (default: no).',
  })
  includeDestroyed?: boolean;
}

@ArgsType()
class SealedRecordsArgs {
  @Field(() => SealedRecordFilter, { nullable: true })
  filter?: SealedRecordFilter;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@Directive('@shareable')
@ObjectType()
export class SealedRecordEdge {
  @Field()
  cursor!: string;

  @Field(() => SealedRecord)
  node!: SealedRecord;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of sealed records, newest first.' })
export class SealedRecordConnection {
  @Field(() => [SealedRecordEdge])
  edges!: SealedRecordEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@Directive('@shareable')
@ObjectType({ description: 'A sealed record opened by compliance staff (the read is logged).' })
export class SealedRecordContent {
  @Field(() => SealedRecord)
  record!: SealedRecord;

  @Field({ description: 'The content kept, as JSON text.' })
  content!: string;

  @Field(() => Date, { description: 'When it was read (as logged).' })
  readAt!: Date;
}

/** Only COMPLIANCE reads sealed data; every attempt, allowed or not, is logged. */
function requireCompliance(
  ctx: BaseContext,
  objectId: string,
  fields: string[],
  caseId: string | null = null,
): void {
  const viewer = requireViewer(ctx);
  const allowed = hasRole(viewer, 'COMPLIANCE');
  ctx.audit.record({
    objectType: 'SealedRecord',
    objectId,
    caseId,
    operation: AuditOperation.READ,
    fields,
    outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    reason: allowed ? null : 'sealed data is for the COMPLIANCE role only',
  });
  if (!allowed) {
    throw new ForbiddenError('Only compliance staff can read what an erasure kept sealed.');
  }
}

/**
 * The sealed records of one service for compliance staff: `<service>SealedRecords` lists them
 * (descriptions only), `<service>SealedRecord(id)` decrypts one. Every call, allowed or denied, is
 * written to the service's audit log; there is no way to change or delete a sealed record (the
 * retention worker destroys it when its retention ends).
 * @param service - kebab-case service name
 * @param masterKey - the key that wraps the records' data keys
 * @returns a type-graphql resolver class
 */
export function sealedRecordResolver(service: string, masterKey: MasterKeySource): Function {
  const prefix = serviceFieldPrefix(service);

  @Resolver(() => SealedRecord)
  class ServiceSealedRecordResolver {
    @Query(() => SealedRecordConnection, {
      name: `${prefix}SealedRecords`,
      description: `What erasures kept sealed in the ${service} service, newest first (compliance staff only; logged).`,
    })
    async sealedRecords(
      @Args() { filter, first, after }: SealedRecordsArgs,
      @Ctx() ctx: BaseContext,
    ): Promise<SealedRecordConnection> {
      const where: FilterQuery<SealedRecord> = {};
      const patientId = filter?.patientId ? parseId(filter.patientId, 'filter.patientId') : null;
      const requestId = filter?.erasureRequestId
        ? parseId(filter.erasureRequestId, 'filter.erasureRequestId')
        : null;
      if (patientId) where.patientId = patientId;
      if (requestId) where.erasureRequestId = requestId;
      requireCompliance(ctx, patientId ?? requestId ?? 'all', ['description']);
      const size = parsePageSize(first);
      if (!filter?.includeDestroyed) where.destroyedAt = null;
      if (after) {
        const [id] = decodeCursor(after, ['uuid']);
        where.id = { $lt: id };
      }
      const rows = await (ctx.em as EntityManager).find(SealedRecord, where, {
        orderBy: { id: 'desc' },
        limit: size + 1,
      });
      return toConnection(rows, size, after, (row) => [row.id]);
    }

    @Query(() => SealedRecordContent, {
      name: `${prefix}SealedRecord`,
      description: `Opens one sealed record of the ${service} service (compliance staff only; the read is logged).`,
    })
    async sealedRecord(
      @Arg('id', () => ID) id: string,
      @Ctx() ctx: BaseContext,
    ): Promise<SealedRecordContent> {
      const recordId = parseId(id, 'id');
      const record = await (ctx.em as EntityManager).findOne(SealedRecord, { id: recordId });
      requireCompliance(ctx, recordId, ['content'], record?.caseId ?? null);
      if (!record) throw new NotFoundError('SealedRecord', id);
      if (record.destroyedAt) {
        throw new ConflictError(
          `This sealed record was destroyed on ${record.destroyedAt.toISOString()}, when its retention ended.`,
        );
      }
      return {
        record,
        content: JSON.stringify(openSealedRecord(masterKey, record), null, 2),
        readAt: new Date(),
      };
    }
  }
  return ServiceSealedRecordResolver;
}
