import { registerEnumType } from 'type-graphql';

/** How a specialist contacted the patient (FHIR R4 ContactPoint.system, narrowed). */
export enum ContactChannel {
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  MESSAGE = 'MESSAGE',
  IN_PERSON = 'IN_PERSON',
}

registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How a specialist contacted the patient.',
});
