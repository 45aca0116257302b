import { Migration } from '@mikro-orm/migrations';

export class Migration20261130151900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report_delivery\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text not null, \`delivered_at\` datetime not null, \`delivered_by_account_id\` text not null, \`delivered_by_name\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`report_delivery_case_id_unique\` on \`report_delivery\` (\`case_id\`);`);

  }

}
