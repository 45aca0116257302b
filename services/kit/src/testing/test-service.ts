import { createLogger } from '../logging/logger';
import type { Service, StartedService } from '../service/define-service';
import { createTestDatabase } from './test-database';
import type { TokenVerifier } from '../auth/token-verifier';
import { verifyTestToken } from './test-tokens';

/** A service started for one test file on its own throw-away database. */
export interface TestService extends StartedService {
  /** every SQL statement run since the last `queries.length = 0` */
  queries: string[];
  /** every JSON log line written at level info or above */
  logs: string[];
  /** stops the server and removes the database */
  stop: () => Promise<void>;
}

/**
 * Starts a service on a free port and a fresh database (SQLite, or PostgreSQL when
 * `DATABASE_URL` is set), recording every SQL statement it runs and every line it logs.
 * @param service - the service handle
 * @param seedDemo - whether to insert the demo data
 * @param options - `verifyToken` (default: accept tokens made by testAuthorization)
 * @returns the running service
 */
export async function startTestService(
  service: Service,
  seedDemo = true,
  options: { verifyToken?: TokenVerifier } = {},
): Promise<TestService> {
  const database = createTestDatabase(service.definition.name);
  const queries: string[] = [];
  const logs: string[] = [];
  const logger = createLogger(service.definition.name, {
    write: (line: string) => logs.push(line),
  });
  const started = await service.start({
    port: 0,
    target: database.target,
    seedDemo,
    onQuery: (message) => queries.push(message),
    logger,
    verifyToken: options.verifyToken ?? verifyTestToken,
  });
  return {
    ...started,
    queries,
    logs,
    stop: async () => {
      await started.close();
      await database.drop();
    },
  };
}

/**
 * The SELECT statements among recorded queries that read a table.
 * @param queries - as recorded by startTestService
 * @param table - table name, e.g. `medical_case`
 * @returns the matching statements
 */
export function selectsFrom(queries: string[], table: string): string[] {
  const pattern = new RegExp(`select .* from [\`"]${table}[\`"]`, 'i');
  return queries.filter((query) => pattern.test(query));
}
