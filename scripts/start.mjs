// `pnpm start`: runs the four subgraphs and the gateway together on the embedded default
// (SQLite under ./data unless DATA_DIR or DATABASE_URL say otherwise), seeding the demo data.
// Ctrl-C (or SIGTERM) stops all of them. A service that crashes is restarted (up to three times,
// a second apart) while the others keep serving; the gateway answers without it meanwhile.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import concurrently from 'concurrently';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  DATA_DIR: process.env.DATA_DIR ?? path.join(root, 'data'),
  SEED_DEMO: process.env.SEED_DEMO ?? '1',
  // With the demo data, a case at each stage added through the API once the services are ready
  // (gateway/src/demo/); test harnesses set it to 0.
  SEED_DEMO_CASES: process.env.SEED_DEMO_CASES ?? '1',
  // The services accept events from each other only with this run's shared secret.
  EVENTS_TOKEN: process.env.EVENTS_TOKEN ?? randomBytes(24).toString('hex'),
};
const services = ['patient-intake', 'specialist-matching', 'billing', 'records'];
const commands = [
  ...services.map((name) => ({
    name,
    command: `exec node ${path.join(root, 'services', name, 'dist', 'main.js')}`,
    env,
  })),
  { name: 'gateway', command: `exec node ${path.join(root, 'gateway', 'dist', 'main.js')}`, env },
];

const { result } = concurrently(commands, {
  restartTries: 3,
  restartDelay: 1000,
  prefixColors: ['blue', 'green', 'yellow', 'magenta', 'cyan'],
  killSignal: 'SIGTERM',
});
result.then(
  () => process.exit(0),
  (events) => {
    const failed = events.filter((event) => event.exitCode !== 0 && event.exitCode !== 'SIGTERM');
    process.exit(failed.length > 0 ? 1 : 0);
  },
);
