import type { Logger } from '@consilium/subgraph-kit';
import { MemoryStore, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';

/** How long one Redis command may take before the request goes on without its limit (ms). */
const REDIS_COMMAND_TIMEOUT_MS = 500;
/** How long start-up waits for Redis before serving without shared limits (ms). */
const REDIS_CONNECT_WAIT_MS = 5_000;
/** At most one warning about a failing store per this many milliseconds. */
const WARNING_INTERVAL_MS = 30_000;
/** The SHA-1 of no loaded script: Redis answers NOSCRIPT and rate-limit-redis loads the script. */
const SCRIPT_NOT_LOADED = '0000000000000000000000000000000000000000';

/** Where the rate limiters count: one store per limiter, each under its own key prefix. */
export interface RateLimitStores {
  /** `redis` when `REDIS_URL` is set (shared by every gateway replica), else `memory` */
  kind: 'redis' | 'memory';
  /**
   * A new store for one limiter.
   * @param name - the limiter (`ip`, `account`, `partner`, …); the Redis key prefix ends with it
   */
  create: (name: string) => Store;
  /** Logs a failing store at most once per 30 s (requests then pass: limits fail open). */
  warnStoreFailure: (error: unknown) => void;
  /** Disconnects from Redis (nothing for memory). */
  close: () => Promise<void>;
}

/**
 * rate-limit-redis, recovering when Redis was away as it started: a script that could not be
 * loaded is asked for by a SHA-1 Redis does not know, so Redis answers NOSCRIPT and the store
 * loads the script again once Redis is back (instead of failing every request for good).
 */
class RecoveringRedisStore extends RedisStore {
  override async loadIncrementScript(key?: string): Promise<string> {
    return super.loadIncrementScript(key).catch(() => SCRIPT_NOT_LOADED);
  }

  override async loadGetScript(key?: string): Promise<string> {
    return super.loadGetScript(key).catch(() => SCRIPT_NOT_LOADED);
  }
}

/**
 * Logs at most one warning per interval (a Redis outage must not flood the logs).
 * @returns a function taking the error
 */
function throttledWarning(logger: Logger, message: string): (error: unknown) => void {
  let lastAt = -Infinity;
  return (error) => {
    if (Date.now() - lastAt < WARNING_INTERVAL_MS) return;
    lastAt = Date.now();
    logger.warn({ err: error }, message);
  };
}

/**
 * Stores in this process's memory (each replica counts alone).
 * @param logger - for a failing store (the memory store does not fail)
 * @returns the stores
 */
export function memoryRateLimitStores(logger: Logger): RateLimitStores {
  return {
    kind: 'memory',
    create: () => new MemoryStore(),
    warnStoreFailure: throttledWarning(
      logger,
      'rate limits not applied: their store failed (requests are let through)',
    ),
    close: async () => undefined,
  };
}

/**
 * The rate limiters' stores: Redis (node-redis, rate-limit-redis) when a URL is given, so every
 * gateway replica shares one count; express-rate-limit's memory store otherwise. Connects at
 * start-up, waiting up to 5 s: when Redis is not there the gateway still starts and keeps
 * reconnecting. A request that finds Redis away or slow (over 500 ms) is served without that
 * limit, with a warning logged at most every 30 s (fail open: a medical platform stays available
 * through a Redis outage; the per-login sign-in limits and account locks still hold).
 * @param options - `redisUrl` (e.g. `redis://127.0.0.1:6379`; null: memory), `prefix` of every
 *   key (e.g. `consilium:rate-limit:`), and the logger
 * @returns the stores
 */
export async function connectRateLimitStores(options: {
  redisUrl: string | null;
  prefix: string;
  logger: Logger;
}): Promise<RateLimitStores> {
  const memory = memoryRateLimitStores(options.logger);
  if (!options.redisUrl) return memory;
  const client = createClient({
    url: options.redisUrl,
    // a command while disconnected fails at once instead of waiting in a queue
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  });
  const warnConnection = throttledWarning(options.logger, 'Redis (rate limits) is not reachable');
  client.on('error', warnConnection);
  client.on('ready', () => options.logger.info('Redis (rate limits) connected'));
  const connected = client.connect().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([
    connected,
    new Promise<false>((resolve) => setTimeout(resolve, REDIS_CONNECT_WAIT_MS, false).unref()),
  ]);
  if (!inTime) {
    options.logger.error(
      'Redis (rate limits) did not answer at start-up; serving without rate limits until it does',
    );
  }
  return {
    kind: 'redis',
    create: (name) =>
      new RecoveringRedisStore({
        prefix: `${options.prefix}${name}:`,
        sendCommand: (...args: string[]) =>
          client.sendCommand(args, { timeout: REDIS_COMMAND_TIMEOUT_MS }),
      }),
    warnStoreFailure: memory.warnStoreFailure,
    close: async () => {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
