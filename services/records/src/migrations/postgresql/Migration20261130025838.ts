import { Migration } from '@mikro-orm/migrations';

export class Migration20261130025838 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stored_object" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "sha256" varchar(64) not null, "size" bigint not null, "content_type" varchar(127) not null, "storage_key" varchar(140) not null, "wrapped_data_key" text null, constraint "stored_object_pkey" primary key ("id"));`);
    this.addSql(`alter table "stored_object" add constraint "stored_object_patient_id_sha256_unique" unique ("patient_id", "sha256");`);

    this.addSql(`create table "upload" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid not null, "account_id" uuid not null, "file_name" text not null, "declared_type" varchar(127) not null, "declared_size" bigint not null, "kind" text check ("kind" in ('LAB_REPORT', 'IMAGING_REPORT', 'PATHOLOGY_REPORT', 'DISCHARGE_SUMMARY', 'PRESCRIPTION', 'OTHER')) not null, "status" text check ("status" in ('REQUESTED', 'RECEIVED', 'COMPLETED')) not null default 'REQUESTED', "expires_at" timestamptz not null, "content_type" varchar(127) null, "sha256" varchar(64) null, "size" bigint null, "wrapped_data_key" text null, "document_id" uuid null, constraint "upload_pkey" primary key ("id"));`);
    this.addSql(`create index "upload_case_id_status_index" on "upload" ("case_id", "status");`);

    this.addSql(`alter table "document" add column "object_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_object" cascade;`);

    this.addSql(`drop table if exists "upload" cascade;`);

    this.addSql(`alter table "document" drop column "object_id";`);
  }

}
