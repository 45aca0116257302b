import { Migration } from '@mikro-orm/migrations';

export class Migration20261129233117 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "occurred_at" timestamptz not null, "service" varchar(40) not null, "account_id" uuid null, "roles" jsonb not null, "acting_for_patient_id" uuid null, "object_type" varchar(40) not null, "object_id" varchar(64) not null, "case_id" uuid null, "operation" text check ("operation" in ('READ', 'CREATE', 'UPDATE', 'DELETE')) not null, "fields" jsonb not null, "outcome" text check ("outcome" in ('ALLOWED', 'DENIED')) not null, "reason" text null, "request_id" varchar(128) not null, "ip_address" varchar(64) null, "user_agent" varchar(256) null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_occurred_at_index" on "audit_entry" ("occurred_at");`);
    this.addSql(
      `create index "audit_entry_account_id_occurred_at_index" on "audit_entry" ("account_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_entry_case_id_occurred_at_index" on "audit_entry" ("case_id", "occurred_at");`,
    );

    this.addSql(
      `create table "case_party" ("case_id" uuid not null, "kind" text check ("kind" in ('PATIENT', 'SPECIALIST', 'GP', 'PARTNER')) not null, "party_id" uuid not null, constraint "case_party_pkey" primary key ("case_id", "kind", "party_id"));`,
    );
    this.addSql(
      `create index "case_party_kind_party_id_index" on "case_party" ("kind", "party_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "case_party" cascade;`);
  }
}
