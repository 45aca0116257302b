import { Migration } from '@mikro-orm/migrations';

export class Migration20261129233114 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "display_name" varchar(200) not null, "email" varchar(254) null, "phone" varchar(16) null, "password_hash" varchar(200) null, "roles" jsonb not null, "patient_id" uuid null, "specialist_id" uuid null, "language" varchar(8) not null default 'en', "email_verified_at" timestamptz null, "phone_verified_at" timestamptz null, "failed_sign_ins" int not null default 0, "locked_until" timestamptz null, "sessions_revoked_at" timestamptz null, "disabled_at" timestamptz null, constraint "account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`alter table "account" add constraint "account_phone_unique" unique ("phone");`);
    this.addSql(`create index "account_patient_id_index" on "account" ("patient_id");`);

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

    this.addSql(
      `create table "inbox_event" ("id" uuid not null, "consumer" varchar(64) not null, "event_id" uuid not null, "type" varchar(64) not null, "processed_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "inbox_event" add constraint "inbox_event_consumer_event_id_unique" unique ("consumer", "event_id");`,
    );

    this.addSql(
      `create table "one_time_code" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "purpose" text check ("purpose" in ('VERIFY_EMAIL', 'VERIFY_PHONE', 'RESET_PASSWORD')) not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "used_at" timestamptz null, constraint "one_time_code_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "one_time_code_account_id_purpose_index" on "one_time_code" ("account_id", "purpose");`,
    );

    this.addSql(
      `create table "outbox_event" ("id" uuid not null, "type" varchar(64) not null, "case_id" uuid null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "dead_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_event_case_id_index" on "outbox_event" ("case_id");`);
    this.addSql(
      `create index "outbox_event_published_at_next_attempt_at_index" on "outbox_event" ("published_at", "next_attempt_at");`,
    );

    this.addSql(
      `create table "partner_client" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "partner_id" uuid not null, "client_id" varchar(64) not null, "secret_hash" varchar(200) not null, "scopes" jsonb not null, "revoked_at" timestamptz null, constraint "partner_client_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "partner_client" add constraint "partner_client_client_id_unique" unique ("client_id");`,
    );

    this.addSql(
      `create table "proxy_authorization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "proxy_account_id" uuid not null, "proxy_display_name" varchar(200) not null, "patient_display_name" varchar(200) not null, "relationship" text check ("relationship" in ('PARENT', 'GUARDIAN', 'SPOUSE', 'CHILD', 'LEGAL_REPRESENTATIVE', 'OTHER')) not null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "revoked_at" timestamptz null, "granted_by_account_id" uuid not null, constraint "proxy_authorization_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "proxy_authorization_patient_id_index" on "proxy_authorization" ("patient_id");`,
    );
    this.addSql(
      `create index "proxy_authorization_proxy_account_id_index" on "proxy_authorization" ("proxy_account_id");`,
    );

    this.addSql(
      `create table "received_dead_letter" ("id" varchar(64) not null, "type" varchar(64) not null, "case_id" uuid null, "payload" jsonb not null, "occurred_at" timestamptz not null, "deliveries" int not null, "last_error" text not null, "dead_at" timestamptz null, "retry_requested_at" timestamptz null, constraint "received_dead_letter_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "family" uuid not null, "account_id" uuid not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "refresh_token_account_id_index" on "refresh_token" ("account_id");`);
    this.addSql(`create index "refresh_token_family_index" on "refresh_token" ("family");`);

    this.addSql(
      `create table "signing_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kid" varchar(64) not null, "public_jwk" jsonb not null, "encrypted_private_jwk" text not null, "activates_at" timestamptz not null, "retires_at" timestamptz null, constraint "signing_key_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "signing_key" add constraint "signing_key_kid_unique" unique ("kid");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "case_party" cascade;`);

    this.addSql(`drop table if exists "inbox_event" cascade;`);

    this.addSql(`drop table if exists "one_time_code" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "partner_client" cascade;`);

    this.addSql(`drop table if exists "proxy_authorization" cascade;`);

    this.addSql(`drop table if exists "received_dead_letter" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "signing_key" cascade;`);
  }
}
