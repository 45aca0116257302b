import { Migration } from '@mikro-orm/migrations';

export class Migration20261130021552 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report_requirement\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`condition_codes\` json not null default '[]', \`condition_keywords\` json not null default '[]', \`reasons\` json not null default '[]', \`document_kind\` text check (\`document_kind\` in ('LAB_REPORT', 'IMAGING_REPORT', 'PATHOLOGY_REPORT', 'DISCHARGE_SUMMARY', 'PRESCRIPTION', 'OTHER')) not null, \`title_en\` text not null, \`title_hi\` text not null, \`active\` integer not null default true, \`updated_by_account_id\` text null, primary key (\`id\`));`);

  }

}
