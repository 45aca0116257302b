import { Migration } from '@mikro-orm/migrations';

export class Migration20261130021553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report_requirement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "condition_codes" jsonb not null default '[]', "condition_keywords" jsonb not null default '[]', "reasons" jsonb not null default '[]', "document_kind" text check ("document_kind" in ('LAB_REPORT', 'IMAGING_REPORT', 'PATHOLOGY_REPORT', 'DISCHARGE_SUMMARY', 'PRESCRIPTION', 'OTHER')) not null, "title_en" text not null, "title_hi" text not null, "active" boolean not null default true, "updated_by_account_id" uuid null, constraint "report_requirement_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_requirement" cascade;`);
  }

}
