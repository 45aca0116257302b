import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { PATIENT_CHECKOUT } from './checkout-queries';

function useCheckoutQuery(caseId: string) {
  return useQuery(PATIENT_CHECKOUT, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
}

/**
 * The case of a checkout route (`/cases/:caseId/checkout…`) with its quote and open order, read
 * fresh from the server on arrival (a payment may have settled meanwhile), then from the cache.
 * @returns the query's result
 */
export function useCheckoutCase(): ReturnType<typeof useCheckoutQuery> {
  const { caseId = '' } = useParams();
  return useCheckoutQuery(caseId);
}
