import type { EntityManager } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { RetentionCategory } from './retention-schedule';
import type { SealInput } from './sealing';
import type { SealedRecord } from './sealed-record.entity';

/** What an erasure did with one kind of data. */
export enum ErasureAction {
  /** destroyed at once (with the keys that could read any copy left) */
  DESTROYED = 'DESTROYED',
  /** kept sealed until its retention ends, readable only by compliance staff */
  SEALED = 'SEALED',
  /** not part of the erasure (e.g. the sign-in account), said so plainly */
  KEPT = 'KEPT',
}
registerEnumType(ErasureAction, {
  name: 'ErasureAction',
  description: 'DESTROYED at once, SEALED until its retention ends, or KEPT (not erased).',
});

/** One line of an erasure's itemised confirmation, as a participant reports it. */
export interface ErasedItem {
  /** what kind of data, e.g. `REPORTS` (each service names its own categories) */
  category: string;
  action: ErasureAction;
  /** the service that held it */
  service: string;
  /** how many (files, links, entries); null where a count means nothing (contact details) */
  count: number | null;
  /** the case it concerns, when it is per case */
  caseId?: string | null;
  /** for SEALED: the schedule line that requires keeping it */
  retention?: RetentionCategory | null;
  /** for SEALED: when it will be destroyed */
  retainedUntil?: Date | null;
}

/** What every participant is given: whose data, which cases, one transaction. */
export interface ErasureScope {
  /** the erasure's transaction: whatever a participant changes commits together */
  em: EntityManager;
  patientId: string;
  /** every case of the patient this service knows of */
  caseIds: string[];
  erasureRequestId: string;
  /** the time of the erasure */
  now: Date;
  /** seals kept data under the service's master key (see sealRecord) */
  seal: (input: Omit<SealInput, 'service' | 'patientId' | 'erasureRequestId'>) => SealedRecord;
}

/**
 * A feature's part in an erasure: it destroys what it holds of the patient, seals what the
 * retention schedule makes it keep, and says what it did, item by item, for the patient's
 * confirmation. Participants run in one transaction, in the order they are registered.
 */
export interface ErasureParticipant<S extends ErasureScope = ErasureScope> {
  /** e.g. `documents`, for logs */
  name: string;
  /**
   * @param scope - whose data, in which transaction
   * @returns what was destroyed, sealed or kept
   */
  erase: (scope: S) => Promise<ErasedItem[]>;
}

/**
 * Runs participants one after the other in the scope's transaction.
 * @param participants - the service's registry, in order
 * @param scope - the erasure
 * @returns every participant's items, in order
 */
export async function runErasureParticipants<S extends ErasureScope>(
  participants: readonly ErasureParticipant<S>[],
  scope: S,
): Promise<ErasedItem[]> {
  const items: ErasedItem[] = [];
  for (const participant of participants) items.push(...(await participant.erase(scope)));
  return items;
}
