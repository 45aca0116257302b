import { appOperation, type AppName } from './app-documents';
import type { ScenarioActors } from './scenario-actors';

/** One GraphQL request a page sends, as which actor. */
export interface PageRequest {
  app: AppName;
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  actor: 'patient' | 'specialist' | 'operations';
}

/** What a page sends: requests one after another, or several at once (`parallel`). */
export type PageStep = PageRequest | { parallel: PageRequest[] };

/** A measured scenario: one page of an app, as the app asks for it. */
export interface Scenario {
  id: string;
  title: string;
  /** what the page asks for and of whom, for the report */
  description: string;
  steps: PageStep[];
}

/**
 * Scenarios 1–4 with the apps' own operations (their generated documents).
 * @param repoRoot - the repository root (the apps' `src/gql`)
 * @param actors - who acts, on what
 * @param specialistId - scenario 3's specialist (from their sign-in)
 * @returns the scenarios in order
 */
export function scenarios(
  repoRoot: string,
  actors: ScenarioActors,
  specialistId: string,
): Scenario[] {
  const request = (
    app: AppName,
    operation: string,
    variables: Record<string, unknown>,
    actor: PageRequest['actor'],
  ): PageRequest => ({
    app,
    operation,
    query: appOperation(repoRoot, app, operation),
    variables,
    actor,
  });
  const caseId = { id: actors.patient.caseId };
  return [
    {
      id: 'case-page',
      title: '1. Patient case page',
      description:
        'mfe-patient `/cases/:id` as it loads: `PatientCasePage` (case, consent, timeline: ' +
        'patient-intake), then at once `PatientCasePanel` (panel: specialist-matching), ' +
        '`PatientCasePayment` (quote, payments: billing) and `CaseDocuments` (records); ' +
        'one unit = the four requests.',
      steps: [
        request('mfe-patient', 'PatientCasePage', caseId, 'patient'),
        {
          parallel: [
            request('mfe-patient', 'PatientCasePanel', caseId, 'patient'),
            request('mfe-patient', 'PatientCasePayment', caseId, 'patient'),
            request('mfe-patient', 'CaseDocuments', caseId, 'patient'),
          ],
        },
      ],
    },
    {
      id: 'directory',
      title: '2. Specialist directory search',
      description:
        `mfe-patient \`SpecialistDirectory\` with three filters (specialty ${actors.directory.specialty}, ` +
        `language ${actors.directory.language}, city ${actors.directory.city}), first page of 20 ` +
        '(the app asks for 10 per page).',
      steps: [
        request(
          'mfe-patient',
          'SpecialistDirectory',
          { filter: { ...actors.directory }, first: 20 },
          'patient',
        ),
      ],
    },
    {
      id: 'assigned-cases',
      title: "3. Doctor's active-case queue",
      description:
        'mfe-doctor `AssignedCases`: the specialist, their panel memberships and their cases ' +
        'with patient summary and SLA countdown.',
      steps: [request('mfe-doctor', 'AssignedCases', { specialistId }, 'specialist')],
    },
    {
      id: 'cases-by-stage',
      title: '4. Admin cases by stage',
      description:
        'mfe-admin `CasesByStage`: the counts per stage and a page of 100 cases with panel and ' +
        'payment status.',
      steps: [request('mfe-admin', 'CasesByStage', { stage: null }, 'operations')],
    },
  ];
}
