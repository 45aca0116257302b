import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid not null, "title" text not null, "content_type" varchar(127) not null, "size" bigint not null, "sha256" varchar(64) not null, "status" text check ("status" in ('CURRENT', 'SUPERSEDED', 'ENTERED_IN_ERROR')) not null default 'CURRENT', constraint "document_pkey" primary key ("id"));`);
    this.addSql(`create index "document_case_id_index" on "document" ("case_id");`);
    this.addSql(`create index "document_patient_id_index" on "document" ("patient_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document" cascade;`);
  }

}
