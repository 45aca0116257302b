import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203331 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "price_list" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null, "effective_from" timestamptz not null, "currency" varchar(3) not null default 'INR', "includes" jsonb not null, "excludes" jsonb not null, constraint "price_list_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "price_list" add constraint "price_list_version_unique" unique ("version");`,
    );
    this.addSql(
      `create index "price_list_effective_from_index" on "price_list" ("effective_from");`,
    );

    this.addSql(
      `create table "price_list_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "price_list_id" uuid not null, "label" varchar(128) not null, "min_specialists" int not null, "max_specialists" int null, "amount" int not null, constraint "price_list_entry_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "quote" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "price_list_id" uuid not null, "panel_size" int not null, "amount" int not null, "currency" varchar(3) not null, "expires_at" timestamptz not null, constraint "quote_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "quote" add constraint "quote_case_id_unique" unique ("case_id");`);

    this.addSql(
      `alter table "price_list_entry" add constraint "price_list_entry_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "quote" add constraint "quote_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "price_list_entry" drop constraint "price_list_entry_price_list_id_foreign";`,
    );

    this.addSql(`alter table "quote" drop constraint "quote_price_list_id_foreign";`);

    this.addSql(`drop table if exists "price_list" cascade;`);

    this.addSql(`drop table if exists "price_list_entry" cascade;`);

    this.addSql(`drop table if exists "quote" cascade;`);
  }
}
