/** Where the platform keeps its data (the same shape as the seed's SeedTarget). */
export type PlatformTarget =
  { database: 'sqlite'; dataDir: string } | { database: 'postgres'; databaseUrl: string };
