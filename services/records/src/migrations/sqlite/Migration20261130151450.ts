import { Migration } from '@mikro-orm/migrations';

export class Migration20261130151450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`partner_report_grant\` (\`case_id\` text not null, \`partner_id\` text not null, primary key (\`case_id\`, \`partner_id\`));`);

  }

}
