import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { billing } from '@consilium/billing';
import { patientIntake } from '@consilium/patient-intake';
import { records } from '@consilium/records';
import { specialistMatching } from '@consilium/specialist-matching';
import {
  createLogger,
  createTokenVerifier,
  EmbeddedTransport,
  type Service,
  type StartedService,
} from '@consilium/subgraph-kit';
import {
  createTestDatabase,
  startTestService,
  type TestDatabase,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { DEMO_PASSWORD } from '../identity/demo/demo-accounts';
import { identity } from '../identity/identity-service';
import { gql, signUpPatient, uploadReport } from '../intake/intake-test-client';
import { startGateway, type RunningGateway } from '../server/gateway-server';
import { DEMO_LOGINS, type TestPlatform } from '../testing/start-platform';
import { startRoundRobinBalancer, type RoundRobinBalancer } from './round-robin-balancer';

// Issue 10 (README: several replicas of each service behind a load balancer): two replicas of
// every subgraph share one PostgreSQL database each, behind a round-robin balancer; they start
// together (migrating and seeding one after the other), serve any request, deliver each event
// once, and the platform keeps working when one replica of each goes away.

const SUBGRAPHS: [string, Service][] = [
  ['patient-intake', patientIntake],
  ['specialist-matching', specialistMatching],
  ['billing', billing],
  ['records', records],
];
const DEMO_CASE = '019ad000-0000-7000-8000-000000000101';
const CASE_PAGE = `query ($id: ID!) { case(id: $id) {
  id stage patient { fullName } panel { mode } quote { amount } documents { title } } }`;

const onPostgres = Boolean(process.env['DATABASE_URL']);

(onPostgres ? describe : describe.skip)(
  'Two replicas of every subgraph on PostgreSQL behind a load balancer',
  () => {
    const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-replica-files-'));
    let accounts: TestService;
    let gateway: RunningGateway;
    let platform: TestPlatform;
    const databases: TestDatabase[] = [];
    const replicas = new Map<string, StartedService[]>();
    const balancers = new Map<string, RoundRobinBalancer>();
    const base = (service: StartedService): string => service.url.replace(/\/graphql$/, '');

    beforeAll(async () => {
      process.env['RECORDS_FILES_DIR'] = filesDir; // a volume both records replicas mount
      let jwksUrl = '';
      const verifyToken = createTokenVerifier(() => jwksUrl);
      accounts = await startTestService(identity, true, { verifyToken });
      jwksUrl = accounts.url.replace(/\/graphql$/, '/.well-known/jwks.json');
      await Promise.all(
        SUBGRAPHS.map(async ([name, service]) => {
          const database = createTestDatabase(name);
          databases.push(database);
          await database.create(); // provisioned before the replicas start
          const started = await Promise.all(
            [1, 2].map((replica) =>
              service.start({
                port: 0,
                target: database.target,
                seedDemo: true,
                verifyToken,
                logger: createLogger(`${name}-${replica}`, { write: () => undefined }),
              }),
            ),
          );
          replicas.set(name, started);
          balancers.set(name, await startRoundRobinBalancer(started.map(base)));
        }),
      );
      for (const [name, started] of replicas) {
        const others = SUBGRAPHS.filter(([other]) => other !== name).map(
          ([other]) => `${balancers.get(other)!.url}/events`,
        );
        for (const replica of started) {
          if (replica.events.transport instanceof EmbeddedTransport) {
            replica.events.transport.setSubscribers(others);
          }
        }
      }
      if (accounts.events.transport instanceof EmbeddedTransport) {
        accounts.events.transport.setSubscribers(
          [...balancers.values()].map((balancer) => `${balancer.url}/events`),
        );
      }
      const urls = Object.fromEntries([
        ...SUBGRAPHS.map(([name]) => [name, `${balancers.get(name)!.url}/graphql`]),
        ['identity', accounts.url],
      ]);
      gateway = await startGateway({
        port: 0,
        logger: createLogger('gateway', { write: () => undefined }),
        subgraphUrls: urls,
        identityOrm: accounts.orm,
        verifyToken,
      });
      const origin = gateway.url.replace(/\/graphql$/, '');
      const signIn = async (login: string) => {
        const response = await fetch(`${origin}/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login, password: DEMO_PASSWORD }),
        });
        return {
          authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}`,
        };
      };
      platform = {
        gateway,
        origin,
        subgraphs: { identity: accounts },
        signIn,
        as: (role: keyof typeof DEMO_LOGINS) => signIn(DEMO_LOGINS[role]),
      } as unknown as TestPlatform;
    }, 120_000);

    afterAll(async () => {
      await gateway?.close();
      for (const started of replicas.values()) {
        await Promise.all(started.map((replica) => replica.close().catch(() => undefined)));
      }
      await Promise.all([...balancers.values()].map((balancer) => balancer.close()));
      await accounts?.stop();
      await Promise.all(databases.map((database) => database.drop()));
      delete process.env['RECORDS_FILES_DIR'];
      fs.rmSync(filesDir, { recursive: true, force: true });
    });

    it('started both replicas of each on one database, seeded once, and both serve', async () => {
      const patient = await platform.as('patient');
      for (let round = 0; round < 4; round += 1) {
        const read = await gql<{ case: { patient: { fullName: string }; quote: unknown } }>(
          platform,
          patient,
          CASE_PAGE,
          { id: DEMO_CASE },
        );
        expect(read.errors).toBeUndefined();
        expect(read.data!.case.patient.fullName).toBe('Kavita Deshpande');
      }
      for (const [name, started] of replicas) {
        for (const replica of started) {
          expect({ name, served: balancers.get(name)!.served.get(base(replica)) ?? 0 }).toEqual({
            name,
            served: expect.any(Number) as number,
          });
          expect(balancers.get(name)!.served.get(base(replica))).toBeGreaterThan(0);
        }
      }
    });

    it('carries a new case across services with each event delivered once, and survives losing a replica of each', async () => {
      const session = await signUpPatient(
        platform,
        'replicas.patient@example.org',
        'Farah Siddiqui',
      );
      await gql(
        platform,
        session,
        `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
        {
          id: session.patientId,
          p: {
            fullName: 'Farah Siddiqui',
            birthDate: '1983-11-02',
            gender: 'FEMALE',
            phone: '+919000001411',
          },
        },
      );
      const started = await gql<{ startCase: { id: string } }>(
        platform,
        session,
        `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
        { p: session.patientId, k: randomUUID() },
      );
      const caseId = started.data!.startCase.id;
      const report = fs.readFileSync(
        path.resolve(__dirname, '../../../../shared/fixtures/files/lab-report-cbc-kft-case-d.pdf'),
      );
      // records learns of the case by event, on whichever replica the balancer picks
      await uploadReport(platform, session, caseId, 'kft-before.pdf', report, 'LAB_REPORT');

      // One replica of each goes away (taken out of rotation first, as a readiness probe would).
      for (const [name, [first]] of replicas) {
        balancers.get(name)!.remove(base(first!));
        await first!.close();
      }
      await uploadReport(
        platform,
        session,
        caseId,
        'kft-after.pdf',
        Buffer.concat([report, Buffer.from('%% resent')]),
        'LAB_REPORT',
      );
      const read = await gql<{ case: { documents: { title: string }[] } }>(
        platform,
        session,
        CASE_PAGE,
        { id: caseId },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.case.documents.map((document) => document.title).sort()).toEqual([
        'kft-after.pdf',
        'kft-before.pdf',
      ]);

      // Each replica's relay would publish every event if both ran at once; one at a time does.
      for (const [name, balancer] of balancers) {
        const delivered = balancer.deliveredEvents;
        expect({ name, twice: delivered.filter((id, at) => delivered.indexOf(id) !== at) }).toEqual(
          {
            name,
            twice: [],
          },
        );
      }
      expect(balancers.get('records')!.deliveredEvents.length).toBeGreaterThan(0);
    });
  },
);
