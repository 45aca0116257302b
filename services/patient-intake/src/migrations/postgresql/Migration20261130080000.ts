import { Migration } from '@mikro-orm/migrations';

export class Migration20261130080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sealed_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "service" varchar(40) not null, "patient_id" uuid not null, "case_id" uuid null, "erasure_request_id" uuid null, "category" text check ("category" in ('CONSULTATION_RECORDS', 'ACCESS_LOGS')) not null, "kind" varchar(60) not null, "item_count" int not null, "retained_from" timestamptz not null, "retain_until" timestamptz not null, "destroyed_at" timestamptz null, "wrapped_data_key" text null, "ciphertext" text null, constraint "sealed_record_pkey" primary key ("id"));`);
    this.addSql(`create index "sealed_record_retain_until_index" on "sealed_record" ("retain_until");`);
    this.addSql(`create index "sealed_record_patient_id_created_at_index" on "sealed_record" ("patient_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sealed_record" cascade;`);
  }

}
