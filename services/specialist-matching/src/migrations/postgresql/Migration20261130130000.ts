import { Migration } from '@mikro-orm/migrations';

export class Migration20261130130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "appointment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "specialist_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'BOOKED', 'CANCELLED')) not null default 'PROPOSED', "mode" text check ("mode" in ('PHONE', 'VIDEO', 'IN_PERSON')) not null, "duration_minutes" int not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "meeting_url" text null, "address" text null, "reschedule_reason" text null, "cancel_reason" text null, "cancelled_at" timestamptz null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_case_id_index" on "appointment" ("case_id");`);
    this.addSql(`create index "appointment_specialist_id_status_starts_at_index" on "appointment" ("specialist_id", "status", "starts_at");`);

    this.addSql(`create table "appointment_slot" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appointment_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, constraint "appointment_slot_pkey" primary key ("id"));`);

    this.addSql(`create table "contact_log" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "specialist_id" uuid not null, "channel" text check ("channel" in ('PHONE', 'VIDEO', 'MESSAGE', 'IN_PERSON')) not null, "occurred_at" timestamptz not null, "note" text null, "logged_by_account_id" uuid null, constraint "contact_log_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_log_case_id_occurred_at_index" on "contact_log" ("case_id", "occurred_at");`);

    this.addSql(`create table "contact_sla" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "specialist_id" uuid not null, "started_at" timestamptz not null, "due_at" timestamptz not null, "contacted_at" timestamptz null, "first_reminder_at" timestamptz null, "second_reminder_at" timestamptz null, "breached_at" timestamptz null, constraint "contact_sla_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_sla_contacted_at_breached_at_due_at_index" on "contact_sla" ("contacted_at", "breached_at", "due_at");`);
    this.addSql(`alter table "contact_sla" add constraint "contact_sla_case_id_specialist_id_unique" unique ("case_id", "specialist_id");`);

    this.addSql(`create table "info_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "specialist_id" uuid not null, "kind" text check ("kind" in ('INFORMATION', 'TEST')) not null, "question" text not null, "status" text check ("status" in ('OPEN', 'ANSWERED')) not null default 'OPEN', "answer" text null, "document_ids" jsonb not null, "answered_at" timestamptz null, "answered_by_account_id" uuid null, constraint "info_request_pkey" primary key ("id"));`);
    this.addSql(`create index "info_request_case_id_index" on "info_request" ("case_id");`);

    this.addSql(`alter table "appointment_slot" add constraint "appointment_slot_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "specialist" add column "email" varchar(254) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment_slot" drop constraint "appointment_slot_appointment_id_foreign";`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "appointment_slot" cascade;`);

    this.addSql(`drop table if exists "contact_log" cascade;`);

    this.addSql(`drop table if exists "contact_sla" cascade;`);

    this.addSql(`drop table if exists "info_request" cascade;`);

    this.addSql(`alter table "specialist" drop column "email";`);
  }

}
