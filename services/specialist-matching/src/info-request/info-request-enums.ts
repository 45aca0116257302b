import { registerEnumType } from 'type-graphql';

/** What a specialist asks the patient for. */
export enum InfoRequestKind {
  /** more history or an answer to a question */
  INFORMATION = 'INFORMATION',
  /** a further test or investigation (its report uploaded when done) */
  TEST = 'TEST',
}

/** Whether the patient's side has answered (FHIR R4 Task.status, narrowed). */
export enum InfoRequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

registerEnumType(InfoRequestKind, {
  name: 'InfoRequestKind',
  description: 'Information or a test.',
});
registerEnumType(InfoRequestStatus, {
  name: 'InfoRequestStatus',
  description: 'Open or answered.',
});
