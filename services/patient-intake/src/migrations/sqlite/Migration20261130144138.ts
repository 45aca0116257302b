import { Migration } from '@mikro-orm/migrations';

export class Migration20261130144138 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`partner_share\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`partner_id\` text not null, \`include_report\` integer not null, \`granted_at\` datetime not null, \`granted_by_account_id\` text not null, \`revoked_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`partner_share_case_id_partner_id_unique\` on \`partner_share\` (\`case_id\`, \`partner_id\`);`);

  }

}
