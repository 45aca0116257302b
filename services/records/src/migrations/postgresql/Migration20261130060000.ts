import { Migration } from '@mikro-orm/migrations';

/** Opinions and the board's dissent matrix (issue 7); the patient's questions on case_progress. */
export class Migration20261130060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case_progress" add column "questions" jsonb not null default '[]';`);

    this.addSql(`create table "opinion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid not null, "slot" varchar(40) not null, "kind" text check ("kind" in ('INDIVIDUAL', 'CONSENSUS')) not null, "specialist_id" uuid null, "status" text check ("status" in ('DRAFT', 'SUBMITTED')) not null default 'DRAFT', "version" int not null default 1, "diagnosis_assessment" text check ("diagnosis_assessment" in ('CONFIRMED', 'REVISED')) null, "revised_diagnosis" text null, "revised_diagnosis_code" varchar(20) null, "recommended_treatment" text null, "alternatives" jsonb not null default '[]', "answers" jsonb not null default '[]', "further_tests" jsonb not null default '[]', "notes" text null, "last_edited_by_specialist_id" uuid null, "submitted_at" timestamptz null, "signer_name" varchar(200) null, "signer_specialist_id" uuid null, "signer_account_id" uuid null, constraint "opinion_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_case_id_index" on "opinion" ("case_id");`);
    this.addSql(`create index "opinion_patient_id_index" on "opinion" ("patient_id");`);
    this.addSql(`alter table "opinion" add constraint "opinion_case_id_slot_unique" unique ("case_id", "slot");`);

    this.addSql(`create table "consensus_vote" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "consensus_id" uuid not null, "case_id" uuid not null, "specialist_id" uuid not null, "voter_name" varchar(200) null, "row_key" varchar(12) not null, "level" text check ("level" in ('AGREE', 'PARTLY', 'DISAGREE')) not null, "reason" text null, constraint "consensus_vote_pkey" primary key ("id"));`);
    this.addSql(`create index "consensus_vote_consensus_id_index" on "consensus_vote" ("consensus_id");`);
    this.addSql(`alter table "consensus_vote" add constraint "consensus_vote_consensus_id_specialist_id_row_key_unique" unique ("consensus_id", "specialist_id", "row_key");`);
  }

}
