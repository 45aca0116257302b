import type { EntityManager } from '@mikro-orm/core';
import type { ErasureParticipant, ErasureScope } from '@consilium/subgraph-kit';

/** What records' participants get beyond the kit's scope. */
export interface RecordsErasureScope extends ErasureScope {
  /** schedules a file of the store for removal once the erasure has committed */
  removeFile: (storageKey: string) => void;
  /**
   * ids of what participants erased (documents, links, opinions …): the audit entries about them
   * are sealed with the access log, which runs last
   */
  erasedObjectIds: string[];
  /**
   * when the consultation of a case began (its first e-consent, from CaseConsented), which starts
   * the CONSULTATION_RECORDS retention; null for a case never consented
   */
  consultationStart: (caseId: string) => Date | null;
}

/**
 * A records feature's part in an erasure (see the kit's ErasureParticipant), which may also name
 * cases of the patient that only it knows of.
 */
export interface RecordsErasureParticipant extends ErasureParticipant<RecordsErasureScope> {
  /**
   * @param em - an EntityManager
   * @param patientId - the patient
   * @returns ids of the patient's cases this feature holds data of
   */
  casesOf?: (em: EntityManager, patientId: string) => Promise<string[]>;
}
