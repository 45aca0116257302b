import { wrap, type FilterQuery } from '@mikro-orm/core';
import { AuditEntry } from '../audit/audit-entry.entity';
import { ErasureAction, type ErasedItem, type ErasureScope } from './erasure-participant';
import { RetentionCategory } from './retention-schedule';

/**
 * Seals a service's audit entries about an erased patient (ACCESS_LOGS, DPDP Rules 2025 rule 8(3):
 * kept one year from the latest entry) and removes them from the live log, which operations
 * staff read: from now on only compliance staff can read who accessed the erased record. Entries
 * written after the erasure (the confirmation itself, compliance reads) stay in the live log; they
 * hold ids only.
 * @param scope - the erasure
 * @param service - the service whose log it is
 * @param objectIds - further ids whose entries concern the patient (documents, links …)
 * @returns the confirmation's item, or none when the log held nothing about the patient
 */
export async function sealAuditEntries(
  scope: ErasureScope,
  service: string,
  objectIds: string[] = [],
): Promise<ErasedItem[]> {
  const { em, patientId, caseIds } = scope;
  const where: FilterQuery<AuditEntry> = {
    $or: [
      { actingForPatientId: patientId },
      { objectId: { $in: [patientId, ...objectIds] } },
      ...(caseIds.length ? [{ caseId: { $in: caseIds } }] : []),
    ],
  };
  const entries = await em.find(AuditEntry, where, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  if (entries.length === 0) return [];
  const latest = entries.at(-1)!.occurredAt;
  const sealed = scope.seal({
    category: RetentionCategory.ACCESS_LOGS,
    kind: 'AuditLog',
    itemCount: entries.length,
    retainedFrom: latest,
    content: entries.map((entry) => wrap(entry).toPOJO()),
  });
  await em.nativeDelete(AuditEntry, { id: { $in: entries.map((entry) => entry.id) } });
  return [
    {
      category: 'ACCESS_LOG',
      action: ErasureAction.SEALED,
      service,
      count: entries.length,
      retention: RetentionCategory.ACCESS_LOGS,
      retainedUntil: sealed.retainUntil,
    },
  ];
}
