import { Migration } from '@mikro-orm/migrations';

export class Migration20261130020657 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "legal_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('CONSENT', 'PRIVACY_NOTICE')) not null, "version" varchar(32) not null, "effective_from" timestamptz not null, "title_en" text not null, "body_en" text not null, "title_hi" text not null, "body_hi" text not null, "sha256" varchar(64) not null, "published_by_account_id" uuid null, constraint "legal_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "legal_document" add constraint "legal_document_kind_version_unique" unique ("kind", "version");`);

    this.addSql(`create table "consent" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid not null, "status" text check ("status" in ('ACTIVE', 'INACTIVE')) not null, "date_time" timestamptz not null, "document_id" uuid not null, "document_sha256" varchar(64) not null, "privacy_notice_id" uuid not null, "signer_account_id" uuid not null, "signer_name" varchar(200) not null, "signer_relationship" varchar(32) not null, "signature_image" text not null, "ip_address" varchar(64) null, "user_agent" varchar(256) null, "withdrawn_at" timestamptz null, "withdrawal_reason" text null, "withdrawn_by_account_id" uuid null, "superseded_at" timestamptz null, constraint "consent_pkey" primary key ("id"));`);
    this.addSql(`create index "consent_case_id_date_time_index" on "consent" ("case_id", "date_time");`);

    this.addSql(`alter table "consent" add constraint "consent_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "consent" add constraint "consent_privacy_notice_id_foreign" foreign key ("privacy_notice_id") references "legal_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "case_timeline_entry" add column "acting_for_patient_id" uuid null;`);

    this.addSql(`alter table "patient" add column "gender_identity" varchar(100) null, add column "address" jsonb null, add column "emergency_contact" jsonb null, add column "identifier" jsonb null, add column "guardian" jsonb null, add column "registered_by_account_id" uuid null;`);

    this.addSql(`alter table "medical_case" add column "symptoms" jsonb not null default '[]', add column "conditions" jsonb not null default '[]', add column "medications" jsonb not null default '[]', add column "allergies" jsonb not null default '[]', add column "no_known_allergies" boolean null, add column "procedures" jsonb not null default '[]', add column "investigations" jsonb not null default '[]', add column "other_history" text null, add column "treating_practitioner" jsonb null, add column "treatment_advised" text null, add column "reason_detail" text null, add column "questions" jsonb not null default '[]', add column "patient_location" jsonb null, add column "draft_saved_at" timestamptz null, add column "idempotency_key" uuid null, add column "created_by_account_id" uuid null;`);
    this.addSql(`alter table "medical_case" add constraint "medical_case_patient_id_idempotency_key_unique" unique ("patient_id", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consent" drop constraint "consent_document_id_foreign";`);

    this.addSql(`alter table "consent" drop constraint "consent_privacy_notice_id_foreign";`);

    this.addSql(`drop table if exists "legal_document" cascade;`);

    this.addSql(`drop table if exists "consent" cascade;`);

    this.addSql(`alter table "case_timeline_entry" drop column "acting_for_patient_id";`);

    this.addSql(`alter table "medical_case" drop constraint "medical_case_patient_id_idempotency_key_unique";`);
    this.addSql(`alter table "medical_case" drop column "symptoms", drop column "conditions", drop column "medications", drop column "allergies", drop column "no_known_allergies", drop column "procedures", drop column "investigations", drop column "other_history", drop column "treating_practitioner", drop column "treatment_advised", drop column "reason_detail", drop column "questions", drop column "patient_location", drop column "draft_saved_at", drop column "idempotency_key", drop column "created_by_account_id";`);

    this.addSql(`alter table "patient" drop column "gender_identity", drop column "address", drop column "emergency_contact", drop column "identifier", drop column "guardian", drop column "registered_by_account_id";`);
  }

}
