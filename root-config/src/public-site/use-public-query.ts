import { useCallback, useEffect, useState } from 'react';
import { fetchPublic } from './public-query';

/** Where a public query is: loading, failed (offer to try again), or answered. */
export type PublicQueryState<T> =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: T };

/**
 * Runs a public query (see fetchPublic) when the page mounts, with a way to try again after a
 * failure. A page left before the answer came aborts the request.
 * @param query - a GraphQL query the gateway answers without a token
 * @returns the state and `retry`
 */
export function usePublicQuery<T>(query: string): {
  state: PublicQueryState<T>;
  retry: () => void;
} {
  const [state, setState] = useState<PublicQueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchPublic<T>(query, controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('Consilium: a public query failed', error);
        setState({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [query, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry };
}
