import {
  BeforeCreate,
  BeforeUpdate,
  Embedded,
  Entity,
  Index,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AvailabilitySlot } from './availability-slot.type';
import { MedicalRegistration } from './medical-registration.embeddable';
import { DEFAULT_TIME_ZONE, weekdaysKey, type WeeklySlot } from './weekly-availability';

/** What the directory's text search looks in: names, specialties, city and hospitals. */
function searchTextOf(s: Specialist): string {
  return [s.fullName, s.nameLocal, s.specialty, s.subSpecialty, s.city, ...s.hospitals]
    .filter(Boolean)
    .join(' | ')
    .toLowerCase();
}

/** A consulting specialist (FHIR R4 Practitioner with PractitionerRole specialty). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A consulting specialist (FHIR R4 Practitioner).' })
@Entity({ tableName: 'specialist' })
@Index({ properties: ['listed', 'fullName', 'id'] })
@Index({ properties: ['listed', 'specialty'] })
export class Specialist extends ConsiliumEntity {
  @Field({ description: 'Name in Latin script.' })
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Name in a local script.' })
  @Property({ type: 'text', nullable: true })
  nameLocal: string | null = null;

  /** where platform messages to the specialist go (reminders); operations staff and self only */
  @Field(() => String, {
    nullable: true,
    description: 'Email for platform messages (operations staff and the specialist only).',
  })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'An https URL of a portrait photo.' })
  @Property({ type: 'text', nullable: true })
  photoUrl: string | null = null;

  @Field({ description: 'From the standard list (`specialties`), e.g. Medical Oncology.' })
  @Property({ type: 'string', length: 128 })
  specialty!: string;

  @Field(() => String, { nullable: true, description: 'e.g. Breast Oncology' })
  @Property({ type: 'string', length: 128, nullable: true })
  subSpecialty: string | null = null;

  @Field({ description: 'Degrees as written, e.g. MBBS, MD (Medicine), DM (Medical Oncology)' })
  @Property({ type: 'text' })
  qualifications!: string;

  @Field({ description: 'Trained at an AIIMS campus.' })
  @Property({ type: 'boolean' })
  aiimsTrained: boolean = false;

  @Field(() => String, { nullable: true, description: 'e.g. AIIMS New Delhi' })
  @Property({ type: 'string', length: 128, nullable: true })
  aiimsCampus: string | null = null;

  @Field(() => String, { nullable: true, description: 'The AIIMS department trained in.' })
  @Property({ type: 'text', nullable: true })
  aiimsDepartment: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  yearsOfExperience!: number;

  @Field(() => [String], { description: 'Languages the specialist consults in.' })
  @Property({ type: 'json' })
  languages: string[] = [];

  @Field()
  @Property({ type: 'string', length: 128 })
  city!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  hospitals: string[] = [];

  @Field(() => MedicalRegistration)
  @Embedded(() => MedicalRegistration, { prefix: 'registration_' })
  registration!: MedicalRegistration;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bio: string | null = null;

  @Field(() => Int, { description: 'Most cases the specialist takes at once.' })
  @Property({ type: 'integer' })
  maxActiveCases: number = 5;

  @Field(() => String, { description: 'IANA time zone the weekly availability is written in.' })
  @Property({ type: 'string', length: 64 })
  timeZone: Opt<string> = DEFAULT_TIME_ZONE;

  @Field(() => [AvailabilitySlot], {
    description: 'Weekly consulting windows (FHIR PractitionerRole.availableTime); empty: none.',
  })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  weeklyAvailability: Opt<WeeklySlot[]> = [];

  @Field(() => Date, { nullable: true, description: 'When operations staff verified the profile.' })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => Boolean, {
    description: 'Taking cases; operations staff switch this off to delist.',
  })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  /** verified by operations staff and active: only listed specialists appear in the directory */
  @Field(() => Boolean, {
    description: 'Verified by operations and active, so shown in the directory.',
  })
  @Property({ type: 'boolean' })
  listed: Opt<boolean> = false;

  /** `|english|hindi|`: lets the directory filter on a language in SQL */
  @Property({ type: 'text' })
  languagesKey: Opt<string> = '';

  /** `|MONDAY|SATURDAY|`: the weekdays with a window, for "available within N days" in SQL */
  @Property({ type: 'text' })
  availabilityWeekdays: Opt<string> = '';

  /** lower-cased names, specialties, city and hospitals for the directory's text search */
  @Property({ type: 'text' })
  searchText: Opt<string> = '';

  /** Keeps `listed` and the search columns in step with the profile on every write. */
  @BeforeCreate()
  @BeforeUpdate()
  refreshDerived(): void {
    this.listed = this.verifiedAt !== null && this.active;
    this.languagesKey = `|${this.languages.join('|').toLowerCase()}|`;
    this.availabilityWeekdays = weekdaysKey(this.weeklyAvailability);
    this.searchText = searchTextOf(this);
  }
}
