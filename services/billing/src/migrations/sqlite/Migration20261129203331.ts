import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203331 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`price_list\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null, \`effective_from\` datetime not null, \`currency\` text not null default 'INR', \`includes\` json not null, \`excludes\` json not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`price_list_version_unique\` on \`price_list\` (\`version\`);`,
    );
    this.addSql(
      `create index \`price_list_effective_from_index\` on \`price_list\` (\`effective_from\`);`,
    );

    this.addSql(
      `create table \`price_list_entry\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`price_list_id\` text not null, \`label\` text not null, \`min_specialists\` integer not null, \`max_specialists\` integer null, \`amount\` integer not null, constraint \`price_list_entry_price_list_id_foreign\` foreign key(\`price_list_id\`) references \`price_list\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`price_list_entry_price_list_id_index\` on \`price_list_entry\` (\`price_list_id\`);`,
    );

    this.addSql(
      `create table \`quote\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`price_list_id\` text not null, \`panel_size\` integer not null, \`amount\` integer not null, \`currency\` text not null, \`expires_at\` datetime not null, constraint \`quote_price_list_id_foreign\` foreign key(\`price_list_id\`) references \`price_list\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`quote_case_id_unique\` on \`quote\` (\`case_id\`);`);
    this.addSql(`create index \`quote_price_list_id_index\` on \`quote\` (\`price_list_id\`);`);
  }
}
