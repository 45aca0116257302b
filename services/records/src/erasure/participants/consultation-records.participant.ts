import { ErasureAction, RetentionCategory, type ErasedItem } from '@consilium/subgraph-kit';
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { ErasureCategory } from '../erasure-confirmation.type';
import type { RecordsErasureParticipant } from '../records-erasure-scope';

/** A row that belongs to one case. */
interface CaseRow {
  id: string;
  caseId: string;
  createdAt: Date;
}

/** How one kind of consultation record is found, kept and removed. */
export interface ConsultationRecordsOptions {
  /** for logs, e.g. `opinions` */
  name: string;
  /** the confirmation's category */
  category: ErasureCategory;
  /** what the sealed record holds, e.g. `SpecialistOpinion` */
  kind: string;
  /** the entity, with `caseId` (and `patientId`, when `byPatient`) */
  entity: EntityClass<CaseRow>;
  /** whether the entity also has `patientId` (then rows of cases unknown elsewhere are found) */
  byPatient?: boolean;
  /** rows of other entities that belong to these by `caseId` (e.g. a board's votes) */
  related?: Record<string, EntityClass<CaseRow>>;
  /**
   * whether a row is a consultation record to keep (a signed opinion, a final summary); others
   * (unsigned drafts) are destroyed with the rest of the record. Default: every row.
   */
  isRecord?: (row: CaseRow) => boolean;
}

/**
 * A participant for consultation records (IMC Regulations 2002 reg. 1.3.1: kept 3 years from the
 * start of the consultation): per case, its rows (and related rows) are sealed together, counted
 * from the case's first e-consent, and removed from the live tables. Registering a new kind of
 * consultation record is one call of this function in `records-erasure.participants.ts`.
 * @param options - what to seal
 * @returns the participant
 */
export function consultationRecordsParticipant(
  options: ConsultationRecordsOptions,
): RecordsErasureParticipant {
  const related = Object.entries(options.related ?? {});
  return {
    name: options.name,
    casesOf: options.byPatient
      ? async (em, patientId) =>
          (
            await em.find(options.entity, { patientId } as never, { fields: ['caseId'] as never })
          ).map((row) => row.caseId)
      : undefined,
    async erase(scope) {
      const { em, caseIds } = scope;
      if (caseIds.length === 0) return [];
      const inCases = { caseId: { $in: caseIds } } as never;
      const rows = await em.find(options.entity, inCases, {
        orderBy: { createdAt: 'asc' } as never,
      });
      const relatedRows = await Promise.all(
        related.map(async ([key, entity]) => [key, await em.find(entity, inCases)] as const),
      );
      const items: ErasedItem[] = [];
      for (const caseId of caseIds) {
        const all = rows.filter((row) => row.caseId === caseId);
        const ofCase = all.filter((row) => options.isRecord?.(row) ?? true);
        const drafts = all.length - ofCase.length;
        if (drafts > 0) {
          items.push({
            category: options.category,
            action: ErasureAction.DESTROYED,
            service: 'records',
            count: drafts,
            caseId,
          });
          scope.erasedObjectIds.push(
            ...all.filter((row) => !ofCase.includes(row)).map((row) => row.id),
          );
        }
        if (ofCase.length === 0) continue;
        const sealed = scope.seal({
          category: RetentionCategory.CONSULTATION_RECORDS,
          kind: options.kind,
          caseId,
          itemCount: ofCase.length,
          retainedFrom: scope.consultationStart(caseId) ?? ofCase[0]!.createdAt,
          content: {
            [options.kind]: ofCase.map((row) => wrap(row).toPOJO()),
            ...Object.fromEntries(
              relatedRows.map(([key, found]) => [
                key,
                found.filter((row) => row.caseId === caseId).map((row) => wrap(row).toPOJO()),
              ]),
            ),
          },
        });
        scope.erasedObjectIds.push(...ofCase.map((row) => row.id));
        items.push({
          category: options.category,
          action: ErasureAction.SEALED,
          service: 'records',
          count: ofCase.length,
          caseId,
          retention: RetentionCategory.CONSULTATION_RECORDS,
          retainedUntil: sealed.retainUntil,
        });
      }
      for (const [, entity] of related) await em.nativeDelete(entity, inCases);
      await em.nativeDelete(options.entity, inCases);
      return items;
    },
  };
}
