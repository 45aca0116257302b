import { Migration } from '@mikro-orm/migrations';

export class Migration20261130005958 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "access_revocation" ("id" uuid not null, "account_id" uuid not null, "patient_id" uuid null, "revoked_at" timestamptz not null, constraint "access_revocation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "access_revocation_account_id_revoked_at_index" on "access_revocation" ("account_id", "revoked_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_revocation" cascade;`);
  }
}
