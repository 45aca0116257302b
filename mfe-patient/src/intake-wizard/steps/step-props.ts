import type { IntakeValues } from '../intake-values';

/** What every step component gets: the values, a way to change some, the errors by element id. */
export interface StepProps {
  values: IntakeValues;
  update: (patch: Partial<IntakeValues>) => void;
  errors: Record<string, string>;
}
