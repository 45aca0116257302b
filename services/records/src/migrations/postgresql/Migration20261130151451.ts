import { Migration } from '@mikro-orm/migrations';

export class Migration20261130151451 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "partner_report_grant" ("case_id" uuid not null, "partner_id" uuid not null, constraint "partner_report_grant_pkey" primary key ("case_id", "partner_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_report_grant" cascade;`);
  }

}
