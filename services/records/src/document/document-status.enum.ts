import { registerEnumType } from 'type-graphql';

/** FHIR R4 DocumentReferenceStatus (http://hl7.org/fhir/R4/valueset-document-reference-status.html). */
export enum DocumentReferenceStatus {
  CURRENT = 'CURRENT',
  SUPERSEDED = 'SUPERSEDED',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}

registerEnumType(DocumentReferenceStatus, {
  name: 'DocumentReferenceStatus',
  description: 'FHIR R4 DocumentReferenceStatus, upper case.',
});
