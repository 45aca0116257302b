import { createEntityLoader, createGroupLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { CaseSummary } from './case-summary/case-summary.entity';
import { Document } from './document/document.entity';

/** The per-request context of records. */
export interface Context extends BaseContext {
  loaders: {
    document: DataLoader<string, Document | undefined>;
    documentsByCase: DataLoader<string, Document[]>;
    documentsByPatient: DataLoader<string, Document[]>;
    /** a case's summary by case id (one a case) */
    caseSummaryByCase: DataLoader<string, CaseSummary | undefined>;
  };
}

/**
 * Adds records' DataLoaders to a request's base context.
 * @param base - the kit's per-request context
 * @returns the full context
 */
export function createContext(base: BaseContext): Context {
  return {
    ...base,
    loaders: {
      document: createEntityLoader(base.em, Document),
      documentsByCase: createGroupLoader(base.em, Document, 'caseId', { createdAt: 'asc' }),
      documentsByPatient: createGroupLoader(base.em, Document, 'patientId', { createdAt: 'asc' }),
      caseSummaryByCase: createEntityLoader(base.em, CaseSummary, 'caseId'),
    },
  } satisfies Context;
}
