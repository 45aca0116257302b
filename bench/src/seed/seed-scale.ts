/** How much synthetic data the bench seeds: counts of rows as the apps see them. */
export interface SeedScale {
  /** listed (verified, active) specialists in the directory */
  specialists: number;
  patients: number;
  cases: number;
  /** document records (metadata) across every case */
  documents: number;
}

/** The full bench load (issue 11). */
export const FULL_SCALE: SeedScale = {
  specialists: 10_000,
  patients: 50_000,
  cases: 100_000,
  documents: 300_000,
};

/** About a tenth of the full load, for `pnpm bench --quick`. */
export const QUICK_SCALE: SeedScale = {
  specialists: 1_000,
  patients: 5_000,
  cases: 10_000,
  documents: 30_000,
};

/** Where the platform's data lives: the platform then runs with DATA_DIR or DATABASE_URL. */
export type SeedTarget =
  { database: 'sqlite'; dataDir: string } | { database: 'postgres'; databaseUrl: string };

/** What a seeding run made, and the actors the bench scenarios sign in as. */
export interface SeedManifest {
  scale: SeedScale;
  /** how long seeding took (seconds) */
  seconds: number;
  /** every bench account's password */
  password: string;
  /** a patient whose case has a board of 3, a quote, a captured payment, >= 8 documents, >= 10 timeline entries */
  patient: { login: string; patientId: string; caseId: string };
  /** a specialist on 30 paid, active cases with running 48-hour contact clocks */
  specialist: { login: string; specialistId: string; activeCaseIds: string[] };
  /** an operations staff account */
  operations: { login: string };
  /** three directory filters that together match >= 20 listed specialists */
  directory: { specialty: string; language: string; city: string };
  /** cases per CaseStage, every stage present */
  stageCounts: Record<string, number>;
}
