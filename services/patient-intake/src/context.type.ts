import type { EntityManager } from '@mikro-orm/core';
import { createEntityLoader, createGroupLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { Case } from './case/case.entity';
import { Patient } from './patient/patient.entity';
import { CaseTimelineEntry } from './timeline/case-timeline-entry.entity';

/** The per-request context of patient-intake. */
export interface Context extends BaseContext {
  loaders: {
    patient: DataLoader<string, Patient | undefined>;
    case: DataLoader<string, Case | undefined>;
    timelineByCase: DataLoader<string, CaseTimelineEntry[]>;
  };
}

/**
 * Adds patient-intake's DataLoaders to a request's base context.
 * @param base - the kit's per-request context
 * @returns the full context
 */
export function createContext(base: BaseContext): Context {
  const em: EntityManager = base.em;
  return {
    ...base,
    loaders: {
      patient: createEntityLoader(em, Patient),
      case: createEntityLoader(em, Case),
      timelineByCase: createGroupLoader(em, CaseTimelineEntry, 'caseId', { occurredAt: 'asc' }),
    },
  } satisfies Context;
}
