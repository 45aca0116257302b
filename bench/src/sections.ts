import type { BenchSection } from './report/result.types';
import { scenariosSection } from './scenarios/scenarios-section';
import { gatewayTuningSection } from './scenarios/gateway-tuning';
import { uploadsSection } from './uploads/uploads-section';
import { sqlSection } from './sql/sql-section';
import { frontendSection } from './frontend/frontend-section';

/**
 * The parts of `pnpm bench`, in the order they run. Each measures on its own and returns its
 * tables; `main.ts` writes them all to `docs/performance.md` and `bench/results.json`.
 */
export const SECTIONS: BenchSection[] = [
  scenariosSection,
  gatewayTuningSection,
  uploadsSection,
  sqlSection,
  frontendSection,
];
