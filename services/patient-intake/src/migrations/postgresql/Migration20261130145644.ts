import { Migration } from '@mikro-orm/migrations';

export class Migration20261130145644 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_referral" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "partner_id" uuid not null, "idempotency_key" uuid not null, "case_id" uuid not null, "referral_note" text not null, "invitation_channel" text check ("invitation_channel" in ('EMAIL', 'SMS')) not null, "invitation_sent_to" varchar(254) not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "claimed_at" timestamptz null, "claimed_by_account_id" varchar(64) null, constraint "case_referral_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_referral" add constraint "case_referral_code_hash_unique" unique ("code_hash");`);
    this.addSql(`alter table "case_referral" add constraint "case_referral_partner_id_idempotency_key_unique" unique ("partner_id", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_referral" cascade;`);
  }

}
