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
