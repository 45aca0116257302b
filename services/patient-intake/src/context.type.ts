import type { EntityManager } from '@mikro-orm/core';
import { createEntityLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { Case } from './case/case.entity';
import { Patient } from './patient/patient.entity';

/** The per-request context of patient-intake. */
export interface Context extends BaseContext {
  loaders: {
    patient: DataLoader<string, Patient | undefined>;
    case: DataLoader<string, Case | undefined>;
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
    },
  } satisfies Context;
}
