import { registerEnumType } from 'type-graphql';

/** FHIR R4 AdministrativeGender (http://hl7.org/fhir/R4/valueset-administrative-gender.html). */
export enum AdministrativeGender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(AdministrativeGender, {
  name: 'AdministrativeGender',
  description: 'FHIR R4 AdministrativeGender, upper case.',
});
