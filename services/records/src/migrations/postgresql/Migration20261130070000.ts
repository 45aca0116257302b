import { Migration } from '@mikro-orm/migrations';

/** The GP's case summary (referral note) of a case: one a case, due 48 h after consent. */
export class Migration20261130070000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_summary" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid not null, "gp_account_id" uuid not null, "gp_name" varchar(200) not null, "status" text check ("status" in ('DRAFT', 'FINAL')) not null default 'DRAFT', "assigned_at" timestamptz not null, "due_at" timestamptz null, "breached_at" timestamptz null, "submitted_at" timestamptz null, "history" text not null default '', "key_findings" jsonb not null default '[]', "relevant_document_ids" jsonb not null default '[]', "questions" jsonb not null default '[]', constraint "case_summary_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_summary" add constraint "case_summary_case_id_unique" unique ("case_id");`);
    this.addSql(`create index "case_summary_patient_id_index" on "case_summary" ("patient_id");`);
    this.addSql(`create index "case_summary_gp_account_id_index" on "case_summary" ("gp_account_id");`);
    this.addSql(`create index "case_summary_status_due_at_index" on "case_summary" ("status", "due_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_summary" cascade;`);
  }

}
