import { billing } from '@consilium/billing';
import { patientIntake } from '@consilium/patient-intake';
import { records } from '@consilium/records';
import { specialistMatching } from '@consilium/specialist-matching';
import { EmbeddedTransport } from '@consilium/subgraph-kit';
import { startTestService, type TestService } from '@consilium/subgraph-kit/testing';
import { startGateway, type RunningGateway } from '../server/gateway-server';
import type { SubgraphName } from '../subgraphs/subgraph-urls';

/** The whole platform in one process: four subgraphs on fresh databases and the gateway. */
export interface TestPlatform {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, TestService>;
  /** where each subgraph listens */
  urls: Record<SubgraphName, string>;
  /** stops the gateway and every subgraph (closing one twice is harmless) and removes their databases */
  stop: () => Promise<void>;
}

/**
 * Starts the four subgraphs (seeded with the demo data) on free ports and fresh databases
 * (SQLite, or PostgreSQL when DATABASE_URL is set), then the gateway over the committed
 * supergraph.
 * @returns the running platform
 */
export async function startTestPlatform(): Promise<TestPlatform> {
  const [intake, matching, bill, record] = await Promise.all([
    startTestService(patientIntake),
    startTestService(specialistMatching),
    startTestService(billing),
    startTestService(records),
  ]);
  const subgraphs = {
    'patient-intake': intake,
    'specialist-matching': matching,
    billing: bill,
    records: record,
  };
  const urls = Object.fromEntries(
    Object.entries(subgraphs).map(([name, service]) => [name, service.url]),
  ) as Record<SubgraphName, string>;
  // Embedded events: each service delivers to the others' /events on their test ports.
  for (const [name, service] of Object.entries(subgraphs)) {
    const others = Object.entries(subgraphs)
      .filter(([other]) => other !== name)
      .map(([, other]) => other.url.replace(/\/graphql$/, '/events'));
    if (service.events.transport instanceof EmbeddedTransport) {
      service.events.transport.setSubscribers(others);
    }
  }
  const gateway = await startGateway({ port: 0, subgraphUrls: urls });
  return {
    gateway,
    subgraphs,
    urls,
    stop: async () => {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((service) => service.stop()));
    },
  };
}
