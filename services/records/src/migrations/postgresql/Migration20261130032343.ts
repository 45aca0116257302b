import { Migration } from '@mikro-orm/migrations';

export class Migration20261130032343 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "share_link" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "scope" text check ("scope" in ('HEALTH_RECORD', 'CASE')) not null, "case_id" uuid null, "recipient_email" varchar(254) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "requires_code" boolean not null default false, "token_hash" varchar(64) not null, "code_hash" varchar(64) null, "failed_code_attempts" int not null default 0, "created_by_account_id" uuid not null, constraint "share_link_pkey" primary key ("id"));`);
    this.addSql(`alter table "share_link" add constraint "share_link_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "share_link_patient_id_created_at_index" on "share_link" ("patient_id", "created_at");`);

    this.addSql(`create table "share_link_use" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "share_link_id" uuid not null, "at" timestamptz not null, "outcome" text check ("outcome" in ('OPENED', 'DOWNLOADED', 'REFUSED_EXPIRED', 'REFUSED_REVOKED', 'REFUSED_CODE')) not null, "document_id" uuid null, "ip_address" varchar(64) null, "user_agent" varchar(256) null, constraint "share_link_use_pkey" primary key ("id"));`);
    this.addSql(`create index "share_link_use_share_link_id_at_index" on "share_link_use" ("share_link_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "share_link" cascade;`);

    this.addSql(`drop table if exists "share_link_use" cascade;`);
  }

}
