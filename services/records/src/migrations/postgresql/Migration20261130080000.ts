import { Migration } from '@mikro-orm/migrations';

export class Migration20261130080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "erased_share_link" ("token_hash" varchar(64) not null, "erasure_request_id" uuid not null, "erased_at" timestamptz not null, constraint "erased_share_link_pkey" primary key ("token_hash"));`);

    this.addSql(`create table "erasure_file_removal" ("storage_key" varchar(140) not null, "erasure_request_id" uuid not null, "attempts" int not null default 0, constraint "erasure_file_removal_pkey" primary key ("storage_key"));`);

    this.addSql(`create table "erasure_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "status" text check ("status" in ('PENDING', 'CANCELLED', 'DECLINED', 'COMPLETED')) not null default 'PENDING', "requested_by_account_id" uuid not null, "requested_by_relationship" varchar(32) not null, "reason" text null, "cancelled_at" timestamptz null, "decided_at" timestamptz null, "decided_by_account_id" uuid null, "decline_reason" text null, "completed_at" timestamptz null, "case_ids" jsonb not null default '[]', "confirmation_items" jsonb null, constraint "erasure_request_pkey" primary key ("id"));`);
    this.addSql(`create index "erasure_request_status_created_at_index" on "erasure_request" ("status", "created_at");`);
    this.addSql(`create index "erasure_request_patient_id_created_at_index" on "erasure_request" ("patient_id", "created_at");`);

    this.addSql(`create table "sealed_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "service" varchar(40) not null, "patient_id" uuid not null, "case_id" uuid null, "erasure_request_id" uuid null, "category" text check ("category" in ('CONSULTATION_RECORDS', 'ACCESS_LOGS')) not null, "kind" varchar(60) not null, "item_count" int not null, "retained_from" timestamptz not null, "retain_until" timestamptz not null, "destroyed_at" timestamptz null, "wrapped_data_key" text null, "ciphertext" text null, constraint "sealed_record_pkey" primary key ("id"));`);
    this.addSql(`create index "sealed_record_retain_until_index" on "sealed_record" ("retain_until");`);
    this.addSql(`create index "sealed_record_patient_id_created_at_index" on "sealed_record" ("patient_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "erased_share_link" cascade;`);

    this.addSql(`drop table if exists "erasure_file_removal" cascade;`);

    this.addSql(`drop table if exists "erasure_request" cascade;`);

    this.addSql(`drop table if exists "sealed_record" cascade;`);
  }

}
