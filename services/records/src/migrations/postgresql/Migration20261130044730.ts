import { Migration } from '@mikro-orm/migrations';

export class Migration20261130044730 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_progress" ("case_id" uuid not null, "patient_id" uuid null, "consented_at" timestamptz null, "panel_mode" varchar(20) null, "panel_specialist_ids" jsonb not null default '[]', "active_since" timestamptz null, "closed_at" timestamptz null, "closed_by" varchar(40) null, constraint "case_progress_pkey" primary key ("case_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_progress" cascade;`);
  }

}
