import { Migration } from '@mikro-orm/migrations';

export class Migration20261130045333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "document_search_term" ("document_id" uuid not null, "term_hash" varchar(24) not null, "patient_id" uuid not null, "case_id" uuid not null, constraint "document_search_term_pkey" primary key ("document_id", "term_hash"));`);
    this.addSql(`create index "document_search_term_patient_id_term_hash_index" on "document_search_term" ("patient_id", "term_hash");`);

    this.addSql(`alter table "document" add column "text_object_id" uuid null, add column "text_status" text check ("text_status" in ('PENDING', 'EXTRACTED', 'NO_TEXT', 'FAILED', 'NOT_APPLICABLE')) not null default 'NOT_APPLICABLE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document_search_term" cascade;`);

    this.addSql(`alter table "document" drop column "text_object_id", drop column "text_status";`);
  }

}
