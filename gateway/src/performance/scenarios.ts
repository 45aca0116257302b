import { appOperation } from './app-operations';

/** One GraphQL request as an app sends it. */
export interface ScenarioRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** The data a scenario's requests name. */
export interface ScenarioSubjects {
  /** the patient's case (scenario 1) */
  caseId: string;
  /** the signed-in specialist's id (scenario 3) */
  specialistId: string;
  /** the directory's three filters (scenario 2) */
  directory: { specialty: string; language: string; city: string };
  /** the stage operations list (scenario 4) */
  stage: string;
  /** the page size of the lists that take one (scenarios 2 and 4) */
  pageSize: number;
}

/** Which role sends a scenario's requests. */
export type ScenarioRole = 'patient' | 'specialist' | 'operations';

/** One of the four read scenarios of issue 11. */
export interface Scenario {
  key: 'case-page' | 'directory' | 'assigned-cases' | 'cases-by-stage';
  title: string;
  role: ScenarioRole;
  /** the requests the app's screen sends, in parallel */
  requests: (subjects: ScenarioSubjects) => ScenarioRequest[];
}

/**
 * The admin list's page size: a variable `$first` when the app sends one, otherwise the
 * literal in its `cases(…, first: N)` replaced by the size asked for.
 */
function withPageSize(query: string, size: number): { query: string; first?: number } {
  if (/\$first\b/.test(query)) return { query, first: size };
  return { query: query.replace(/(cases\([^)]*first: )\d+/, `$1${size}`) };
}

/** The four scenarios: the screens' queries from the apps' generated documents. */
export const SCENARIOS: Scenario[] = [
  {
    key: 'case-page',
    title: 'Patient case page (case, panel, quote, documents, timeline)',
    role: 'patient',
    requests: ({ caseId }) =>
      ['PatientCasePage', 'PatientCasePanel', 'PatientCasePayment', 'CaseDocuments'].map(
        (operation) => ({
          query: appOperation('mfe-patient', operation),
          variables: { id: caseId },
        }),
      ),
  },
  {
    key: 'directory',
    title: 'Specialist directory, three filters, first page',
    role: 'patient',
    requests: ({ directory, pageSize }) => [
      {
        query: appOperation('mfe-patient', 'SpecialistDirectory'),
        variables: { filter: directory, first: pageSize },
      },
    ],
  },
  {
    key: 'assigned-cases',
    title: 'Doctor’s assigned cases (queue, patient summary, 48-hour clocks)',
    role: 'specialist',
    requests: ({ specialistId }) => [
      { query: appOperation('mfe-doctor', 'AssignedCases'), variables: { specialistId } },
      { query: appOperation('mfe-doctor', 'MyContactSlas'), variables: {} },
    ],
  },
  {
    key: 'cases-by-stage',
    title: 'Operations: cases by stage with panel and fee',
    role: 'operations',
    requests: ({ stage, pageSize }: ScenarioSubjects): ScenarioRequest[] => {
      const { query, first } = withPageSize(appOperation('mfe-admin', 'CasesByStage'), pageSize);
      return [{ query, variables: first === undefined ? { stage } : { stage, first } }];
    },
  },
];
