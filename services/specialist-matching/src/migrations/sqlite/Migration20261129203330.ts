import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203330 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`panel\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`mode\` text check (\`mode\` in ('SINGLE', 'MULTIPLE', 'BOARD', 'PLATFORM_CHOOSES')) not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`panel_case_id_unique\` on \`panel\` (\`case_id\`);`);

    this.addSql(`create table \`specialist\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`full_name\` text not null, \`name_local\` text null, \`specialty\` text not null, \`sub_specialty\` text null, \`qualifications\` text not null, \`aiims_trained\` integer not null default false, \`years_of_experience\` integer not null, \`languages\` json not null, \`city\` text not null, \`hospitals\` json not null, \`registration_council\` text not null, \`registration_number\` text not null, \`registration_year\` integer not null, \`bio\` text null, \`max_active_cases\` integer not null default 5, \`listed\` integer not null default false, primary key (\`id\`));`);
    this.addSql(`create index \`specialist_specialty_index\` on \`specialist\` (\`specialty\`);`);
    this.addSql(`create index \`specialist_listed_full_name_id_index\` on \`specialist\` (\`listed\`, \`full_name\`, \`id\`);`);

    this.addSql(`create table \`panel_member\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`panel_id\` text not null, \`specialist_id\` text not null, \`status\` text check (\`status\` in ('REQUESTED', 'CONFIRMED', 'DECLINED')) not null default 'REQUESTED', \`responded_at\` datetime null, constraint \`panel_member_panel_id_foreign\` foreign key(\`panel_id\`) references \`panel\`(\`id\`) on delete cascade on update cascade, constraint \`panel_member_specialist_id_foreign\` foreign key(\`specialist_id\`) references \`specialist\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`panel_member_panel_id_index\` on \`panel_member\` (\`panel_id\`);`);
    this.addSql(`create index \`panel_member_specialist_id_index\` on \`panel_member\` (\`specialist_id\`);`);
    this.addSql(`create unique index \`panel_member_panel_id_specialist_id_unique\` on \`panel_member\` (\`panel_id\`, \`specialist_id\`);`);
  }

}
