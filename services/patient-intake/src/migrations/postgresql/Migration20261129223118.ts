import { Migration } from '@mikro-orm/migrations';

export class Migration20261129223118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "channel" text check ("channel" in ('EMAIL', 'SMS')) not null, "recipient" varchar(254) not null, "language" varchar(8) not null, "subject" text null, "body" text not null, "event_id" uuid not null, "case_id" uuid null, "sent_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_created_at_index" on "notification" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
