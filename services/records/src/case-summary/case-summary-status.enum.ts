import { registerEnumType } from 'type-graphql';

/**
 * Where a GP's case summary stands: a draft only the GP and operations staff see, or final
 * (submitted, never changed again, read by the panel and the patient's side).
 */
export enum CaseSummaryStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}

registerEnumType(CaseSummaryStatus, {
  name: 'CaseSummaryStatus',
  description: 'DRAFT (the GP is writing it) or FINAL (submitted; immutable).',
});
