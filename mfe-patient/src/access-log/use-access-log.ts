import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordAccessFilter } from '../gql/graphql';
import {
  ACCESS_LOG_SOURCES,
  mergedRows,
  sourcesToLoad,
  withPage,
  type AccessLogSource,
  type AccessRow,
  type SourceState,
} from './access-log-merge';
import { PATIENT_ACCESS_LOG } from './access-log-queries';

/** Lines added by one "Load more" (fewer at the end of the list). */
export const ACCESS_LOG_PAGE = 20;

/** The merged access log as a page shows it. */
export interface AccessLogView {
  /** null until the first pages arrived */
  rows: AccessRow[] | null;
  /** whether more lines follow */
  hasMore: boolean;
  loading: boolean;
  /** the first load failed in every service (the error, for a refusal to be told apart) */
  error: unknown;
  /** a service did not answer: what is shown is true but incomplete */
  partial: boolean;
  loadMore: () => void;
  retry: () => void;
}

type Sources = Record<AccessLogSource, SourceState>;

/**
 * A patient's access log merged from each service's list, newest first: the first page of each,
 * then on "Load more" the next page of the list whose loaded part ends soonest, until a page's
 * worth of lines more is certain (see access-log-merge). Always from the network: a log of who
 * saw the record is not to be shown from a cache.
 * @param patientId - whose record
 * @param filter - case, kinds, own visits
 * @returns the view
 */
export function useAccessLog(patientId: string, filter: RecordAccessFilter): AccessLogView {
  const client = useApolloClient();
  const [sources, setSources] = useState<Sources | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const filterKey = JSON.stringify(filter);
  const current = useRef<{ key: string }>({ key: '' });

  const fetchPages = useCallback(
    async (
      which: AccessLogSource[],
      held: Sources | null,
    ): Promise<{ next: Sources; error: unknown }> => {
      const result = await client.query({
        query: PATIENT_ACCESS_LOG,
        variables: {
          patientId,
          filter: JSON.parse(filterKey) as RecordAccessFilter,
          first: ACCESS_LOG_PAGE,
          intake: which.includes('intake'),
          records: which.includes('records'),
          intakeAfter: held?.intake.endCursor ?? null,
          recordsAfter: held?.records.endCursor ?? null,
        },
        fetchPolicy: 'network-only',
      });
      const pages = {
        intake: result.data?.patientIntakeAccessLog ?? null,
        records: result.data?.recordsAccessLog ?? null,
      };
      const next = Object.fromEntries(
        ACCESS_LOG_SOURCES.map((key) => [
          key,
          which.includes(key)
            ? withPage(held?.[key] ?? null, pages[key])
            : (held?.[key] ?? withPage(null, null)),
        ]),
      ) as Sources;
      return { next, error: result.error ?? null };
    },
    [client, patientId, filterKey],
  );

  useEffect(() => {
    const key = `${patientId}\n${filterKey}\n${attempt}`;
    current.current.key = key;
    setSources(null);
    setError(null);
    setLoading(true);
    fetchPages([...ACCESS_LOG_SOURCES], null)
      .then(({ next, error: failure }) => {
        if (current.current.key !== key) return;
        setSources(next);
        setError(failure);
      })
      .catch((failure: unknown) => {
        if (current.current.key === key) setError(failure);
      })
      .finally(() => {
        if (current.current.key === key) setLoading(false);
      });
  }, [fetchPages, patientId, filterKey, attempt]);

  const loadMore = useCallback(() => {
    if (!sources || loading) return;
    const key = current.current.key;
    setLoading(true);
    void (async () => {
      let held = sources;
      const wanted = mergedRows(held).length + ACCESS_LOG_PAGE;
      try {
        // each round moves the certain part down; stop once a page's worth more is certain
        for (let round = 0; round < 5; round += 1) {
          const which = sourcesToLoad(held);
          if (which.length === 0) break;
          const { next, error: failure } = await fetchPages(which, held);
          if (current.current.key !== key) return;
          held = next;
          setSources(next);
          setError(failure);
          if (failure || mergedRows(next).length >= wanted) break;
        }
      } catch (failure) {
        if (current.current.key === key) setError(failure);
      } finally {
        if (current.current.key === key) setLoading(false);
      }
    })();
  }, [sources, loading, fetchPages]);

  const rows = sources ? mergedRows(sources) : null;
  const everyFailed = sources ? ACCESS_LOG_SOURCES.every((key) => sources[key].failed) : false;
  return {
    rows: everyFailed ? null : rows,
    hasMore: sources ? ACCESS_LOG_SOURCES.some((key) => sources[key].hasNextPage) : false,
    loading,
    error: everyFailed || !sources ? error : null,
    partial: Boolean(sources && ACCESS_LOG_SOURCES.some((key) => sources[key].failed)),
    loadMore,
    retry: () => setAttempt((count) => count + 1),
  };
}
