import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203330 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "panel" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "mode" text check ("mode" in ('SINGLE', 'MULTIPLE', 'BOARD', 'PLATFORM_CHOOSES')) not null, constraint "panel_pkey" primary key ("id"));`);
    this.addSql(`alter table "panel" add constraint "panel_case_id_unique" unique ("case_id");`);

    this.addSql(`create table "specialist" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "full_name" text not null, "name_local" text null, "specialty" varchar(128) not null, "sub_specialty" varchar(128) null, "qualifications" text not null, "aiims_trained" boolean not null default false, "years_of_experience" int not null, "languages" jsonb not null, "city" varchar(128) not null, "hospitals" jsonb not null, "registration_council" varchar(128) not null, "registration_number" varchar(64) not null, "registration_year" int not null, "bio" text null, "max_active_cases" int not null default 5, "listed" boolean not null default false, constraint "specialist_pkey" primary key ("id"));`);
    this.addSql(`create index "specialist_specialty_index" on "specialist" ("specialty");`);
    this.addSql(`create index "specialist_listed_full_name_id_index" on "specialist" ("listed", "full_name", "id");`);

    this.addSql(`create table "panel_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "panel_id" uuid not null, "specialist_id" uuid not null, "status" text check ("status" in ('REQUESTED', 'CONFIRMED', 'DECLINED')) not null default 'REQUESTED', "responded_at" timestamptz null, constraint "panel_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "panel_member" add constraint "panel_member_panel_id_specialist_id_unique" unique ("panel_id", "specialist_id");`);

    this.addSql(`alter table "panel_member" add constraint "panel_member_panel_id_foreign" foreign key ("panel_id") references "panel" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "panel_member" add constraint "panel_member_specialist_id_foreign" foreign key ("specialist_id") references "specialist" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "panel_member" drop constraint "panel_member_panel_id_foreign";`);

    this.addSql(`alter table "panel_member" drop constraint "panel_member_specialist_id_foreign";`);

    this.addSql(`drop table if exists "panel" cascade;`);

    this.addSql(`drop table if exists "specialist" cascade;`);

    this.addSql(`drop table if exists "panel_member" cascade;`);
  }

}
