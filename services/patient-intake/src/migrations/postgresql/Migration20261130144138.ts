import { Migration } from '@mikro-orm/migrations';

export class Migration20261130144138 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "partner_share" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "partner_id" uuid not null, "include_report" boolean not null, "granted_at" timestamptz not null, "granted_by_account_id" varchar(64) not null, "revoked_at" timestamptz null, constraint "partner_share_pkey" primary key ("id"));`);
    this.addSql(`alter table "partner_share" add constraint "partner_share_case_id_partner_id_unique" unique ("case_id", "partner_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_share" cascade;`);
  }

}
