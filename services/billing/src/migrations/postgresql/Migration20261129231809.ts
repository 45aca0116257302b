import { Migration } from '@mikro-orm/migrations';

export class Migration20261129231809 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "received_dead_letter" ("id" varchar(64) not null, "type" varchar(64) not null, "case_id" uuid null, "payload" jsonb not null, "occurred_at" timestamptz not null, "deliveries" int not null, "last_error" text not null, "dead_at" timestamptz null, "retry_requested_at" timestamptz null, constraint "received_dead_letter_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "received_dead_letter" cascade;`);
  }
}
