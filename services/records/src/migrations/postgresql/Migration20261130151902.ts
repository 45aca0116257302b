import { Migration } from '@mikro-orm/migrations';

export class Migration20261130151902 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid not null, "delivered_at" timestamptz not null, "delivered_by_account_id" uuid not null, "delivered_by_name" varchar(200) not null, constraint "report_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "report_delivery" add constraint "report_delivery_case_id_unique" unique ("case_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_delivery" cascade;`);
  }

}
