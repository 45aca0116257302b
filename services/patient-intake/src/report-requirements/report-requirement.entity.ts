import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { DOCUMENT_KINDS, type DocumentKind } from '@consilium/validation';
import { Field, ObjectType } from 'type-graphql';
import { SecondOpinionReason } from '../case/second-opinion-reason.enum';
import { DocumentKindEnum } from './document-kind.enum';

/**
 * One row of the completeness table operations staff maintain: cases with these conditions (or
 * this reason) usually need a report of this kind, e.g. breast cancer → a histopathology report
 * with receptor status. Shown to the patient as present or missing before they submit and pay.
 * Retired rows are kept (inactive) so the table's history stays readable.
 */
@ObjectType({
  description:
    'A row of the completeness table: cases with these conditions or this reason usually need this kind of report.',
})
@Entity({ tableName: 'report_requirement' })
export class ReportRequirement extends ConsiliumEntity {
  @Field(() => [String], { description: 'ICD-10 code prefixes, e.g. C50 (matches C50.4).' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  conditionCodes: Opt<string[]> = [];

  @Field(() => [String], {
    description: 'Words looked for in the conditions and the presenting complaint.',
  })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  conditionKeywords: Opt<string[]> = [];

  @Field(() => [SecondOpinionReason], {
    description: 'Only for these reasons; empty: whatever the reason.',
  })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  reasons: Opt<SecondOpinionReason[]> = [];

  @Field(() => DocumentKindEnum)
  @Enum({ items: () => [...DOCUMENT_KINDS] })
  documentKind!: DocumentKind;

  @Field({ description: 'What the specialist needs, in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @Field({ description: 'The same in Hindi.' })
  @Property({ type: 'text' })
  titleHi!: string;

  @Field(() => Boolean, { description: 'False once retired; retired rows no longer apply.' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  /** Operations staff who changed it last (null for the rows the platform ships with). */
  @Property({ type: 'uuid', nullable: true })
  updatedByAccountId: string | null = null;
}
