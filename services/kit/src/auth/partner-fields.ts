import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { AuditOperation, AuditOutcome } from '../audit/audit-entry.entity';
import { ForbiddenError } from '../errors/errors';
import type { BaseContext } from '../server/context.type';
import { hasRole } from './viewer';

/**
 * Every field a partner organisation's token may resolve, as `Type.field`, across all subgraphs
 * (issue 10): a case's status only — its stage, the stage changes with their dates, the panel's
 * size and its specialists' public names — the referral it makes, and the report link the
 * patient allowed. Nothing clinical (history, documents, opinions, contacts, the patient's
 * details) is on the list, so a new field is refused to partners until it is added here.
 */
export const PARTNER_FIELDS: ReadonlySet<string> = new Set([
  // federation plumbing: the gateway resolves Case's fields across subgraphs through these
  'Query._entities',
  'Query._service',
  '_Service.sdl',
  // patient-intake: the cases shared with the partner, their stage and stage changes
  'Query.case',
  'Query.cases',
  'CaseConnection.edges',
  'CaseConnection.pageInfo',
  'CaseEdge.cursor',
  'CaseEdge.node',
  'PageInfo.hasNextPage',
  'PageInfo.hasPreviousPage',
  'PageInfo.startCursor',
  'PageInfo.endCursor',
  'Case.id',
  'Case.stage',
  'Case.createdAt',
  'Case.submittedAt',
  'Case.timeline',
  'CaseTimelineEntry.eventId',
  'CaseTimelineEntry.eventType',
  'CaseTimelineEntry.occurredAt',
  'CaseTimelineEntry.fromStage',
  'CaseTimelineEntry.toStage',
  // patient-intake: referring a patient (cases:refer)
  'Mutation.referCase',
  'CaseReferral.id',
  'CaseReferral.case',
  'CaseReferral.invitationSentTo',
  'CaseReferral.expiresAt',
  // specialist-matching: the panel's size and its specialists' public names
  'Case.panel',
  'Panel.id',
  'Panel.mode',
  'Panel.size',
  'Panel.seats',
  'Panel.confirmedAt',
  'Panel.members',
  'PanelMember.status',
  'PanelMember.specialist',
  'Specialist.id',
  'Specialist.fullName',
  // records: the delivered report, with reports:read and the patient's permission (checked there)
  'Case.partnerReport',
  'PartnerReport.deliveredAt',
  'PartnerReport.downloadUrl',
]);

/** The refusal of a field a partner may not read. */
const PARTNER_FIELD_FORBIDDEN =
  'Partner organisations see a case’s status only; this field is not shared with partners.';

/**
 * Wraps every field resolver of a subgraph so that a partner organisation's token resolves only
 * the fields of PARTNER_FIELDS: any other field is FORBIDDEN, and the refusal is written to the
 * audit log (object type, the object's id when it has one, the field). Other viewers are
 * unaffected. Introspection types (`__…`) are left alone.
 * @param schema - the built subgraph schema (changed in place)
 * @returns the same schema
 */
export function guardPartnerFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (PARTNER_FIELDS.has(coordinate)) continue;
      const resolve: GraphQLFieldResolver<unknown, BaseContext> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        if (ctx && hasRole(ctx.viewer ?? null, 'PARTNER')) {
          refusePartnerField(ctx, type.name, field.name, source);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

/** Logs and refuses a partner's read of a field not on PARTNER_FIELDS. */
function refusePartnerField(
  ctx: BaseContext,
  typeName: string,
  fieldName: string,
  source: unknown,
): never {
  const id = (source as { id?: unknown } | null)?.id;
  const objectId = typeof id === 'string' ? id : typeName;
  ctx.audit.record({
    objectType: typeName,
    objectId,
    caseId: typeName === 'Case' && typeof id === 'string' ? id : null,
    operation: AuditOperation.READ,
    fields: [fieldName],
    outcome: AuditOutcome.DENIED,
    reason: 'not shown to partner organisations',
  });
  throw new ForbiddenError(PARTNER_FIELD_FORBIDDEN);
}
