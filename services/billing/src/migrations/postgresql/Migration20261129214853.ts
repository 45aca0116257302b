import { Migration } from '@mikro-orm/migrations';

export class Migration20261129214853 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inbox_event" ("id" uuid not null, "consumer" varchar(64) not null, "event_id" uuid not null, "type" varchar(64) not null, "processed_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "inbox_event" add constraint "inbox_event_consumer_event_id_unique" unique ("consumer", "event_id");`,
    );

    this.addSql(
      `create table "outbox_event" ("id" uuid not null, "type" varchar(64) not null, "case_id" uuid null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "dead_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_event_case_id_index" on "outbox_event" ("case_id");`);
    this.addSql(
      `create index "outbox_event_published_at_next_attempt_at_index" on "outbox_event" ("published_at", "next_attempt_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_event" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }
}
