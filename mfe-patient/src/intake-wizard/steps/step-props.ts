import type { IntakeValues } from '../intake-values';

/**
 * What every step component gets: the case, the values, a way to change some, the errors by
 * element id.
 */
export interface StepProps {
  caseId: string;
  values: IntakeValues;
  update: (patch: Partial<IntakeValues>) => void;
  errors: Record<string, string>;
}
