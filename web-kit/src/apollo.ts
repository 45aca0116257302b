import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
  type ErrorLike,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { from, of, switchMap, throwError } from 'rxjs';
import { accessTokenForRequest, onAccountChange, renewAfterRefusal } from './session';

/**
 * Cache identity for every federated entity is its `id` (a UUID, unique across the platform);
 * value types without an id are stored inside their parent. Relay lists merge page by page.
 */
const typePolicies = {
  Case: { keyFields: ['id'] },
  Patient: { keyFields: ['id'] },
  Specialist: { keyFields: ['id'] },
  Panel: { keyFields: ['id'] },
  PanelMember: { keyFields: ['id'] },
  Quote: { keyFields: ['id'] },
  Document: { keyFields: ['id'] },
  PriceList: { keyFields: ['id'] },
  PriceListEntry: { keyFields: ['id'] },
  HealthRecord: { keyFields: ['patientId'] },
  MedicalRegistration: { keyFields: false as const },
  CaseStageCount: { keyFields: false as const },
  Query: {
    fields: {
      cases: relayStylePagination(['stage', 'patientId']),
      specialists: relayStylePagination(['filter']),
      specialistProfiles: relayStylePagination(['awaitingVerification']),
      caseSummaries: relayStylePagination(['status']),
      payments: relayStylePagination(['filter']),
      refunds: relayStylePagination(['status']),
    },
  },
};

const liveClients = new Set<ApolloClient>();

/** Whether the gateway refused a request for want of a valid access token. */
function isUnauthenticated(error: ErrorLike): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

/**
 * Every request carries `Authorization: Bearer <access token>` (renewed first when it is about
 * to run out); the token sent is remembered in the operation's context.
 */
const bearerLink = new SetContextLink(async (previous) => {
  const token = await accessTokenForRequest();
  const headers: Record<string, string> = { ...(previous['headers'] as Record<string, string>) };
  if (token) headers['authorization'] = `Bearer ${token}`;
  return { headers, sentAccessToken: token };
});

/**
 * When the gateway answers 401 or an `UNAUTHENTICATED` error, renews the token once and sends the
 * request again; if it cannot be renewed, the first answer stands (and the viewer is signed out).
 */
const renewOnRefusalLink = new ErrorLink(({ error, result, operation, forward }) => {
  const context = operation.getContext();
  if (context['renewedAfterRefusal'] || !isUnauthenticated(error)) return;
  operation.setContext({ renewedAfterRefusal: true });
  const refused = (context['sentAccessToken'] as string | null | undefined) ?? null;
  return from(renewAfterRefusal(refused)).pipe(
    switchMap((renewed) => {
      if (renewed) return forward(operation);
      return result ? of(result) : throwError(() => error);
    }),
  );
});

/**
 * Empties every app's Apollo cache without fetching again: after sign-out, or when another
 * account signs in, nothing of the previous account's data stays in memory.
 */
export async function clearApolloCaches(): Promise<void> {
  await Promise.all([...liveClients].map((client) => client.clearStore()));
}

onAccountChange(clearApolloCaches);

/**
 * A client for one mounted microfrontend, talking to the gateway on the same origin with the
 * session's access token.
 * Dispose it when the app unmounts, so no query keeps watching.
 * @returns a new Apollo Client
 */
export function createApolloClient(): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([
      renewOnRefusalLink,
      bearerLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({ typePolicies }),
    // Keep what did arrive when one service is unreachable: pages show it with a notice.
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
  liveClients.add(client);
  return client;
}

/**
 * Stops a client's queries and forgets it; call on unmount.
 * @param client - a client from createApolloClient
 */
export function disposeApolloClient(client: ApolloClient): void {
  client.stop();
  void client.clearStore();
  liveClients.delete(client);
}

/**
 * How many clients are alive and how many queries they watch (the browser tests check that an
 * unmounted app leaves none behind).
 * @returns counts
 */
export function apolloUsage(): { clients: number; activeQueries: number } {
  let activeQueries = 0;
  for (const client of liveClients) activeQueries += client.getObservableQueries('active').size;
  return { clients: liveClients.size, activeQueries };
}

declare module '@apollo/client' {
  // Tells Apollo Client's types about the default error policy set above.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace ApolloClient {
    // eslint-disable-next-line @typescript-eslint/no-namespace
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
