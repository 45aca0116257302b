import { AsyncLocalStorage } from 'node:async_hooks';

/** How many recent statements a counter keeps for reading (the oldest are dropped). */
const KEPT_STATEMENTS = 500;

/**
 * The SQL statements one service ran while serving GraphQL requests (`POST /graphql`), counted
 * through MikroORM's `onQuery` hook: background work (event relays, periodic workers) is not
 * counted. Tests and the benchmark read it around a request to count statements per request.
 */
export class StatementCounter {
  /** statements run inside requests since the last reset */
  statements = 0;
  /** GraphQL requests served since the last reset */
  requests = 0;
  /** the most recent statements' SQL (up to 500), for reading which ones ran */
  readonly recent: string[] = [];

  constructor(
    /** the service whose ORM this counter listens to */
    readonly service: string,
  ) {}

  /** Starts counting afresh. */
  reset(): void {
    this.statements = 0;
    this.requests = 0;
    this.recent.length = 0;
  }

  /** Counts one statement. */
  record(sql: string): void {
    this.statements += 1;
    this.recent.push(sql);
    if (this.recent.length > KEPT_STATEMENTS) this.recent.shift();
  }
}

const currentRequest = new AsyncLocalStorage<StatementCounter>();

/**
 * Runs the rest of a request with its statements counted by the given counter.
 * @param counter - the serving service's counter
 * @param next - continues the request
 */
export function countStatementsDuring(counter: StatementCounter, next: () => void): void {
  counter.requests += 1;
  currentRequest.run(counter, next);
}

/**
 * The `onQuery` hook for a service's ORM: counts the statement when it runs inside one of that
 * service's requests, and returns it unchanged.
 * @param counter - the service's counter
 * @returns a function for MikroORM's `onQuery` option
 */
export function statementHook(counter: StatementCounter): (sql: string) => string {
  return (sql) => {
    if (currentRequest.getStore() === counter) counter.record(sql);
    return sql;
  };
}
