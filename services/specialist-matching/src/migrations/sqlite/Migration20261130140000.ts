import { Migration } from '@mikro-orm/migrations';

export class Migration20261130140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`published_legal_document\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text not null, \`version\` text not null, \`effective_from\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`published_legal_document_kind_version_unique\` on \`published_legal_document\` (\`kind\`, \`version\`);`);

    // The SQLite diff leaves out the first new column of a table: added here by hand.
    this.addSql(`alter table \`case_profile\` add column \`consent_version\` text null;`);
    this.addSql(`alter table \`case_profile\` add column \`privacy_notice_version\` text null;`);

  }

}
