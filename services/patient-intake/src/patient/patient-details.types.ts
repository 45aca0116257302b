import type { IdentityDocumentType, IndianState, ProxyRelationship } from '@consilium/validation';
import { Field, InputType, ObjectType } from 'type-graphql';
import {
  IdentityDocumentTypeEnum,
  IndianStateEnum,
  RelatedPersonRelationshipEnum,
} from './patient-enums';

/** A postal address in India (FHIR R4 Address). */
@ObjectType({ description: 'A postal address in India (FHIR R4 Address).' })
export class Address {
  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => IndianStateEnum)
  state!: IndianState;

  @Field({ description: 'PIN code: 6 digits, not starting with 0.' })
  postalCode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2; always IN.' })
  country!: string;
}

/** An identity document (FHIR R4 Identifier). An Aadhaar number is kept masked. */
@ObjectType({ description: 'An identity document; an Aadhaar number is kept as XXXX XXXX 1234.' })
export class Identifier {
  @Field(() => IdentityDocumentTypeEnum)
  type!: IdentityDocumentType;

  @Field()
  value!: string;
}

/** Whom to call in an emergency (FHIR R4 Patient.contact). */
@ObjectType({ description: 'Whom to call in an emergency (FHIR R4 Patient.contact).' })
export class EmergencyContact {
  @Field()
  name!: string;

  @Field({ description: 'e.g. Husband, Daughter, Neighbour.' })
  relationship!: string;

  @Field({ description: 'E.164.' })
  phone!: string;
}

/** The parent or legal guardian of a minor (FHIR R4 RelatedPerson). */
@ObjectType({ description: 'The parent or legal guardian of a minor (FHIR R4 RelatedPerson).' })
export class Guardian {
  @Field()
  fullName!: string;

  @Field(() => RelatedPersonRelationshipEnum)
  relationship!: ProxyRelationship;

  @Field(() => String, { nullable: true, description: 'E.164.' })
  phone?: string | null;

  @Field(() => Identifier, { nullable: true })
  identifier?: Identifier | null;
}

@InputType({ description: 'A postal address in India.' })
export class AddressInput {
  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => IndianStateEnum)
  state!: IndianState;

  @Field({ description: 'PIN code: 6 digits, not starting with 0.' })
  postalCode!: string;
}

@InputType({ description: 'An identity document type and number.' })
export class IdentifierInput {
  @Field(() => IdentityDocumentTypeEnum)
  type!: IdentityDocumentType;

  @Field({ description: 'As printed; spaces and dashes are ignored.' })
  value!: string;
}

@InputType({ description: 'Whom to call in an emergency.' })
export class EmergencyContactInput {
  @Field()
  name!: string;

  @Field()
  relationship!: string;

  @Field({ description: 'A mobile number; Indian national formats are accepted.' })
  phone!: string;
}

@InputType({ description: 'The parent or legal guardian of a minor.' })
export class GuardianInput {
  @Field()
  fullName!: string;

  @Field(() => RelatedPersonRelationshipEnum)
  relationship!: ProxyRelationship;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => IdentifierInput, { nullable: true })
  identifier?: IdentifierInput | null;
}
