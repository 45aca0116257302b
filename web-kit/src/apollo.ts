import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

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
      specialists: relayStylePagination(),
    },
  },
};

const liveClients = new Set<ApolloClient>();

/**
 * A client for one mounted microfrontend, talking to the gateway on the same origin.
 * Dispose it when the app unmounts, so no query keeps watching.
 * @returns a new Apollo Client
 */
export function createApolloClient(): ApolloClient {
  const client = new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
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
