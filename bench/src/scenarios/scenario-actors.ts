/**
 * Who the scenarios act as and on what (the parts of the seed's SeedManifest they use): the
 * patient and their case (scenario 1), the directory's three filters (2), a specialist with
 * active cases (3), an operations login (4); every account has `password`.
 */
export interface ScenarioActors {
  password: string;
  patient: { login: string; caseId: string };
  specialist: { login: string; specialistId?: string };
  operations: { login: string };
  directory: { specialty: string; language: string; city: string };
}

/** The platform's own demo data (SEED_DEMO=1): Kavita's case, Dr Sunanda Iyer, operations. */
export const DEMO_ACTORS: ScenarioActors = {
  password: 'Demo-Consilium-2026',
  patient: {
    login: 'kavita.deshpande@example.org',
    caseId: '019ad000-0000-7000-8000-000000000101',
  },
  specialist: { login: 'sunanda.iyer@consilium.example' },
  operations: { login: 'ops@consilium.example' },
  directory: { specialty: 'Medical Oncology', language: 'English', city: 'Chennai' },
};
