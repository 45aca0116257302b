import { Migration } from '@mikro-orm/migrations';

export class Migration20261130120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_profile" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid null, "condition_codes" jsonb not null, "terms" jsonb not null, "languages" jsonb not null, "age_years" int null, "consented_at" timestamptz null, "paid_at" timestamptz null, "closed_at" timestamptz null, constraint "case_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_profile" add constraint "case_profile_case_id_unique" unique ("case_id");`);

    this.addSql(`alter table "panel_member" drop constraint if exists "panel_member_status_check";`);

    this.addSql(`alter table "panel" add column "seats" int not null default 1, add column "chosen_by_platform" boolean not null default false, add column "preferred_specialties" jsonb not null default '[]', add column "preferred_languages" jsonb not null default '[]', add column "confirmed_at" timestamptz null, add column "closed_at" timestamptz null, add column "idempotency_key" uuid null;`);

    this.addSql(`drop index "specialist_specialty_index";`);

    this.addSql(`alter table "specialist" add column "photo_url" text null, add column "aiims_campus" varchar(128) null, add column "aiims_department" text null, add column "time_zone" varchar(64) not null default 'Asia/Kolkata', add column "weekly_availability" jsonb not null default '[]', add column "verified_at" timestamptz null, add column "active" boolean not null default true, add column "languages_key" text not null default '', add column "availability_weekdays" text not null default '', add column "search_text" text not null default '';`);
    this.addSql(`create index "specialist_listed_specialty_index" on "specialist" ("listed", "specialty");`);

    this.addSql(`alter table "panel_member" add column "respond_by" timestamptz null, add column "decline_reason" text null, add column "replaces_member_id" uuid null, add column "replaced_at" timestamptz null;`);
    this.addSql(`alter table "panel_member" add constraint "panel_member_status_check" check("status" in ('REQUESTED', 'CONFIRMED', 'DECLINED', 'EXPIRED'));`);

    this.addSql(`update "panel" set "seats" = greatest(1, (select count(*) from "panel_member" m where m."panel_id" = "panel"."id" and m."status" <> 'DECLINED'));`);
    this.addSql(`update "panel" set "confirmed_at" = "updated_at" where not exists (select 1 from "panel_member" m where m."panel_id" = "panel"."id" and m."status" <> 'CONFIRMED') and exists (select 1 from "panel_member" m where m."panel_id" = "panel"."id");`);
    // Profiles listed before verification existed were checked when seeded: keep them listed, and
    // fill the search columns the entity keeps from then on.
    this.addSql(`update "specialist" set "verified_at" = "created_at" where "listed" = true;`);
    this.addSql(`update "specialist" set "languages_key" = '|' || lower(array_to_string(array(select jsonb_array_elements_text("languages")), '|')) || '|', "search_text" = lower("full_name" || coalesce(' | ' || "name_local", '') || ' | ' || "specialty" || coalesce(' | ' || "sub_specialty", '') || ' | ' || "city");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_profile" cascade;`);

    this.addSql(`alter table "panel_member" drop constraint if exists "panel_member_status_check";`);

    this.addSql(`alter table "panel" drop column "seats", drop column "chosen_by_platform", drop column "preferred_specialties", drop column "preferred_languages", drop column "confirmed_at", drop column "closed_at", drop column "idempotency_key";`);

    this.addSql(`alter table "panel_member" drop column "respond_by", drop column "decline_reason", drop column "replaces_member_id", drop column "replaced_at";`);

    this.addSql(`alter table "panel_member" add constraint "panel_member_status_check" check("status" in ('REQUESTED', 'CONFIRMED', 'DECLINED'));`);

    this.addSql(`drop index "specialist_listed_specialty_index";`);
    this.addSql(`alter table "specialist" drop column "photo_url", drop column "aiims_campus", drop column "aiims_department", drop column "time_zone", drop column "weekly_availability", drop column "verified_at", drop column "active", drop column "languages_key", drop column "availability_weekdays", drop column "search_text";`);

    this.addSql(`create index "specialist_specialty_index" on "specialist" ("specialty");`);
  }

}
