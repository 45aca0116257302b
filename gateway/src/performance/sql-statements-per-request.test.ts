import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { addDemoCaseCopies, addSpecialistCopies, growDemoCaseDocuments } from './grow-demo-data';
import { SCENARIOS, type Scenario, type ScenarioSubjects } from './scenarios';

/** Statements each service ran for one screen's requests, by service. */
type Counts = Record<string, number>;

describe('SQL statements per request do not grow with the data on screen (no N+1)', () => {
  let platform: TestPlatform;
  let subjects: ScenarioSubjects;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const specialist = await platform.as('specialist');
    const claims = JSON.parse(
      Buffer.from(specialist.authorization.split('.')[1]!, 'base64url').toString('utf8'),
    ) as { spc: string };
    subjects = {
      caseId: DEMO_IDS.case,
      specialistId: claims.spc,
      directory: { specialty: '', language: '', city: '' },
      stage: '',
      pageSize: 0,
    };
  });
  afterAll(() => platform?.stop());

  /** Sends a scenario's requests and counts each service's statements. */
  async function countStatements(scenario: Scenario, given: ScenarioSubjects): Promise<Counts> {
    const services = Object.values(platform.subgraphs);
    for (const service of services) service.statements.reset();
    const headers = await platform.as(scenario.role);
    for (const request of scenario.requests(given)) {
      const answer = await postGraphQL(
        platform.gateway.url,
        request.query,
        request.variables,
        headers,
      );
      expect(answer.errors).toBeUndefined();
    }
    // the audit trail is written as each response goes out
    await new Promise((resolve) => setTimeout(resolve, 100));
    return Object.fromEntries(
      services
        .filter((service) => service.statements.statements > 0)
        .map((service) => [service.statements.service, service.statements.statements]),
    );
  }

  const scenario = (key: Scenario['key']): Scenario =>
    SCENARIOS.find((candidate) => candidate.key === key)!;

  it('the patient case page costs the same with 25 documents as with 5', async () => {
    await growDemoCaseDocuments(platform, 5);
    const small = await countStatements(scenario('case-page'), subjects);
    await growDemoCaseDocuments(platform, 25);
    const large = await countStatements(scenario('case-page'), subjects);
    expect(Object.keys(small)).toEqual(
      expect.arrayContaining(['patient-intake', 'specialist-matching', 'billing', 'records']),
    );
    expect(large).toEqual(small);
  });

  it('the directory costs the same for a page of 20 as for a page of 5', async () => {
    const directory = await addSpecialistCopies(platform, 25);
    const small = await countStatements(scenario('directory'), {
      ...subjects,
      directory,
      pageSize: 5,
    });
    const large = await countStatements(scenario('directory'), {
      ...subjects,
      directory,
      pageSize: 20,
    });
    expect(large).toEqual(small);
  });

  it('a specialist’s queue costs the same with 20 cases as with 5', async () => {
    await addDemoCaseCopies(platform, 4);
    const small = await countStatements(scenario('assigned-cases'), subjects);
    await addDemoCaseCopies(platform, 15);
    const large = await countStatements(scenario('assigned-cases'), subjects);
    expect(large).toEqual(small);
  });

  it('cases by stage cost the same for a page of 50 as for a page of 10', async () => {
    await addDemoCaseCopies(platform, 40);
    const { stage } = (
      await postGraphQL<{ case: { stage: string } }>(
        platform.gateway.url,
        `query ($id: ID!) { case(id: $id) { stage } }`,
        { id: DEMO_IDS.case },
        await platform.as('operations'),
      )
    ).data!.case;
    const small = await countStatements(scenario('cases-by-stage'), {
      ...subjects,
      stage,
      pageSize: 10,
    });
    const large = await countStatements(scenario('cases-by-stage'), {
      ...subjects,
      stage,
      pageSize: 50,
    });
    expect(large).toEqual(small);
  });
});
