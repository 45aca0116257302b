/** Why a public query gave no data: the gateway could not be reached or answered with errors. */
export class PublicQueryError extends Error {}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: readonly { message?: string }[];
}

/**
 * Asks the gateway a query as an anonymous visitor: no Authorization header and no cookies, so
 * the answer is what anyone may read (the price list, the specialist directory, the privacy
 * notice), the same for a signed-in viewer.
 * @param query - a GraphQL query the gateway answers without a token
 * @param signal - aborts the request (a page left before the answer came)
 * @returns the query's data
 * @throws PublicQueryError when the gateway cannot be reached, answers with errors or no data
 */
export async function fetchPublic<T>(query: string, signal?: AbortSignal): Promise<T> {
  let answer: GraphQLAnswer<T>;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
      credentials: 'omit',
      signal,
    });
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new PublicQueryError('The gateway could not be reached.', { cause: error });
  }
  if (answer.errors?.length || !answer.data) {
    throw new PublicQueryError(answer.errors?.[0]?.message ?? 'The gateway answered no data.');
  }
  return answer.data;
}
