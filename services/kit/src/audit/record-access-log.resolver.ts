import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { authorizePatient, requireViewer } from '../auth/authorize';
import { parseId } from '../ids/uuid';
import { parsePageSize } from '../pagination/cursor';
import type { BaseContext } from '../server/context.type';
import { serviceFieldPrefix } from '../service/service-field-prefix';
import { accessLogPage, auditAccessSource, type AccessLogSource } from './record-access-log';
import {
  RecordAccess,
  RecordAccessConnection,
  RecordAccessFilter,
  type RecordAccessItem,
} from './record-access.types';

/** What a service adds to its patients' access log beyond its own audit log. */
export interface RecordAccessLogOptions<TContext extends BaseContext> {
  /** more sources of accesses (records: the uses of share links) */
  sources?: AccessLogSource<TContext>[];
  /**
   * fills in the titles of a page's items where the service knows them (records: the names of
   * the patient's documents)
   */
  describe?: (ctx: TContext, patientId: string, items: RecordAccessItem[]) => Promise<void>;
}

/**
 * "Who saw my record" for the part of a patient's record one service holds:
 * `<service>AccessLog(patientId, filter, first, after)`, a Relay connection of every access to
 * it, newest first — who (a `RecordAccessor` the identity service resolves to a name and a role
 * towards this patient), when, what (each item touched), how (signed in, or through which share
 * link), and refused attempts marked as such. Only the patient's side (the patient, their
 * proxies) and operations staff may read it; each read is audited too.
 *
 * Why one field per service and not one list kept in one place: the audit log stays where the
 * data is (DESIGN.md §3 — no service reads another's tables, and the legal retention of access
 * logs applies to each service's own copy), nothing is copied through events (an access is listed
 * the moment it happened, with no event volume per read), and each part still answers when
 * another service is down. Each access carries its `requestId`, the same in every service one
 * request reached, so the patient app merges the lists (newest first, one cursor per service)
 * and shows one gateway request as one line. The field is a root field taking the patient id, not
 * a `Patient` field: it answers for a patient patient-intake has no registration of yet, and one
 * service's part does not wait on another resolving the `Patient`.
 *
 * Routine accesses do not flood the list: one request is one access however many objects it
 * touched, the caller's own accesses are left out unless `filter.includeOwn`, and attempts
 * without any sign-in (which touch nothing) are left to the operations audit log.
 * @param service - kebab-case service name (the field is `<serviceFieldPrefix>AccessLog`)
 * @param options - extra sources and titles
 * @returns a type-graphql resolver class
 */
export function recordAccessLogResolver<TContext extends BaseContext>(
  service: string,
  options: RecordAccessLogOptions<TContext> = {},
): Function {
  @Resolver(() => RecordAccess)
  class ServiceRecordAccessLogResolver {
    @Query(() => RecordAccessConnection, {
      name: `${serviceFieldPrefix(service)}AccessLog`,
      description: `Who reached the part of a patient’s record held by the ${service} service, newest first (the patient’s side and operations staff).`,
    })
    async accessLog(
      @Arg('patientId', () => ID) patientId: string,
      @Arg('filter', () => RecordAccessFilter, { nullable: true })
      filter: RecordAccessFilter | null,
      @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
      first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
      @Ctx() ctx: TContext,
    ): Promise<RecordAccessConnection> {
      const id = parseId(patientId, 'patientId');
      const size = parsePageSize(first);
      const caseId = filter?.caseId ? parseId(filter.caseId, 'filter.caseId') : null;
      await authorizePatient(ctx, id, {
        objectType: 'AccessLog',
        fields: ['accesses'],
        allowClinicians: false,
      });
      const viewer = requireViewer(ctx);
      const page = await accessLogPage(
        ctx,
        [auditAccessSource(service) as AccessLogSource<TContext>, ...(options.sources ?? [])],
        {
          patientId: id,
          caseId,
          kinds: filter?.kinds?.length ? new Set(filter.kinds) : null,
          excludeAccountId: filter?.includeOwn ? null : viewer.accountId,
        },
        size,
        after ?? null,
      );
      await options.describe?.(
        ctx,
        id,
        page.edges.flatMap((edge) => edge.node.items),
      );
      return page;
    }
  }
  return ServiceRecordAccessLogResolver;
}
