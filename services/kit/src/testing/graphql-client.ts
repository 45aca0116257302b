/** The JSON body of a GraphQL response. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Posts one GraphQL operation the way a client would.
 * @param url - the endpoint, e.g. `http://127.0.0.1:4000/graphql`
 * @param query - the document
 * @param variables - operation variables
 * @param headers - extra request headers
 * @returns the parsed response body
 */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}
