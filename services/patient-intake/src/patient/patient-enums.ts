import {
  IDENTITY_DOCUMENT_TYPES,
  INDIAN_STATE_CODES,
  INDIAN_STATES,
  PROXY_RELATIONSHIPS,
} from '@consilium/validation';
import { registerEnumType } from 'type-graphql';

/** Turns a list of values into the object type-graphql registers as an enum. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

/** India's states and union territories by ISO 3166-2:IN code. */
export const IndianStateEnum = enumOf(INDIAN_STATE_CODES);
registerEnumType(IndianStateEnum, {
  name: 'IndianState',
  description: 'A state or union territory of India (ISO 3166-2:IN subdivision code).',
  valuesConfig: Object.fromEntries(
    INDIAN_STATE_CODES.map((code) => [code, { description: INDIAN_STATES[code].en }]),
  ),
});

/** Identity documents accepted to identify a patient or guardian (TPG 2020 §3.3). */
export const IdentityDocumentTypeEnum = enumOf(IDENTITY_DOCUMENT_TYPES);
registerEnumType(IdentityDocumentTypeEnum, {
  name: 'IdentityDocumentType',
  description: 'An identity document (Telemedicine Practice Guidelines 2020, §3.3).',
});

/** A person's relationship to the patient (FHIR R4 RelatedPerson.relationship). */
export const RelatedPersonRelationshipEnum = enumOf(PROXY_RELATIONSHIPS);
registerEnumType(RelatedPersonRelationshipEnum, {
  name: 'RelatedPersonRelationship',
  description: "A person's relationship to the patient (FHIR R4 RelatedPerson.relationship).",
});
