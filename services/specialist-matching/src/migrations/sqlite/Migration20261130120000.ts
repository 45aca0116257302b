import { Migration } from '@mikro-orm/migrations';

export class Migration20261130120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_profile\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text null, \`condition_codes\` json not null, \`terms\` json not null, \`languages\` json not null, \`age_years\` integer null, \`consented_at\` datetime null, \`paid_at\` datetime null, \`closed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`case_profile_case_id_unique\` on \`case_profile\` (\`case_id\`);`);

    // The SQLite diff leaves out the first new column of a table: added here by hand.
    this.addSql(`alter table \`panel\` add column \`seats\` integer not null default 1;`);
    this.addSql(`update \`panel\` set \`seats\` = max(1, (select count(*) from \`panel_member\` m where m.\`panel_id\` = \`panel\`.\`id\` and m.\`status\` <> 'DECLINED'));`);
    this.addSql(`alter table \`panel\` add column \`chosen_by_platform\` integer not null default false;`);
    this.addSql(`alter table \`panel\` add column \`preferred_specialties\` json not null default '[]';`);
    this.addSql(`alter table \`panel\` add column \`preferred_languages\` json not null default '[]';`);
    this.addSql(`alter table \`panel\` add column \`confirmed_at\` datetime null;`);
    this.addSql(`alter table \`panel\` add column \`closed_at\` datetime null;`);
    this.addSql(`alter table \`panel\` add column \`idempotency_key\` text null;`);

    this.addSql(`drop index \`specialist_specialty_index\`;`);

    this.addSql(`alter table \`specialist\` add column \`photo_url\` text null;`);
    this.addSql(`alter table \`specialist\` add column \`aiims_campus\` text null;`);
    this.addSql(`alter table \`specialist\` add column \`aiims_department\` text null;`);
    this.addSql(`alter table \`specialist\` add column \`time_zone\` text not null default 'Asia/Kolkata';`);
    this.addSql(`alter table \`specialist\` add column \`weekly_availability\` json not null default '[]';`);
    this.addSql(`alter table \`specialist\` add column \`verified_at\` datetime null;`);
    this.addSql(`alter table \`specialist\` add column \`active\` integer not null default true;`);
    this.addSql(`alter table \`specialist\` add column \`languages_key\` text not null default '';`);
    this.addSql(`alter table \`specialist\` add column \`availability_weekdays\` text not null default '';`);
    this.addSql(`alter table \`specialist\` add column \`search_text\` text not null default '';`);
    this.addSql(`create index \`specialist_listed_specialty_index\` on \`specialist\` (\`listed\`, \`specialty\`);`);

    this.addSql(`update \`panel\` set \`confirmed_at\` = \`updated_at\` where not exists (select 1 from \`panel_member\` m where m.\`panel_id\` = \`panel\`.\`id\` and m.\`status\` <> 'CONFIRMED') and exists (select 1 from \`panel_member\` m where m.\`panel_id\` = \`panel\`.\`id\`);`);

    // Profiles listed before verification existed were checked when seeded: keep them listed, and
    // fill the search columns the entity keeps from then on.
    this.addSql(`update \`specialist\` set \`verified_at\` = \`created_at\` where \`listed\` = 1;`);
    this.addSql(`update \`specialist\` set \`languages_key\` = '|' || lower(replace(replace(replace(\`languages\`, '["', ''), '"]', ''), '","', '|')) || '|', \`search_text\` = lower(\`full_name\` || coalesce(' | ' || \`name_local\`, '') || ' | ' || \`specialty\` || coalesce(' | ' || \`sub_specialty\`, '') || ' | ' || \`city\`);`);

    // SQLite cannot change a check constraint in place: rebuild panel_member with EXPIRED.
    this.addSql(`create table \`panel_member__new\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`panel_id\` text not null, \`specialist_id\` text not null, \`status\` text check (\`status\` in ('REQUESTED', 'CONFIRMED', 'DECLINED', 'EXPIRED')) not null default 'REQUESTED', \`responded_at\` datetime null, \`respond_by\` datetime null, \`decline_reason\` text null, \`replaces_member_id\` text null, \`replaced_at\` datetime null, constraint \`panel_member_panel_id_foreign\` foreign key(\`panel_id\`) references \`panel\`(\`id\`) on delete cascade on update cascade, constraint \`panel_member_specialist_id_foreign\` foreign key(\`specialist_id\`) references \`specialist\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`panel_member__new\` (\`id\`, \`created_at\`, \`updated_at\`, \`panel_id\`, \`specialist_id\`, \`status\`, \`responded_at\`) select \`id\`, \`created_at\`, \`updated_at\`, \`panel_id\`, \`specialist_id\`, \`status\`, \`responded_at\` from \`panel_member\`;`);
    this.addSql(`drop table \`panel_member\`;`);
    this.addSql(`alter table \`panel_member__new\` rename to \`panel_member\`;`);
    this.addSql(`create index \`panel_member_panel_id_index\` on \`panel_member\` (\`panel_id\`);`);
    this.addSql(`create index \`panel_member_specialist_id_index\` on \`panel_member\` (\`specialist_id\`);`);
    this.addSql(`create unique index \`panel_member_panel_id_specialist_id_unique\` on \`panel_member\` (\`panel_id\`, \`specialist_id\`);`);
  }

}
