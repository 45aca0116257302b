import { Migration } from '@mikro-orm/migrations';

export class Migration20261130021547 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`document\` add column \`kind\` text check (\`kind\` in ('LAB_REPORT', 'IMAGING_REPORT', 'PATHOLOGY_REPORT', 'DISCHARGE_SUMMARY', 'PRESCRIPTION', 'OTHER')) not null default 'OTHER';`);
  }

}
