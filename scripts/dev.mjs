// `pnpm dev`: the platform as `pnpm start` runs it, plus vite rebuilding the root config and the
// three apps whenever their sources change. The gateway reads the build manifests on every page
// load, so a reload shows the new build. Ctrl-C stops everything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import concurrently from 'concurrently';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = (name, folder) => ({
  name,
  command: 'exec pnpm exec vite build --watch --logLevel warn',
  cwd: path.join(root, folder),
});
const { result } = concurrently(
  [
    watch('web:root', 'root-config'),
    watch('web:patient', 'mfe-patient'),
    watch('web:doctor', 'mfe-doctor'),
    watch('web:admin', 'mfe-admin'),
    { name: 'platform', command: `exec node ${path.join(root, 'scripts', 'start.mjs')}` },
  ],
  { killOthersOn: ['failure', 'success'], killSignal: 'SIGTERM' },
);
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
