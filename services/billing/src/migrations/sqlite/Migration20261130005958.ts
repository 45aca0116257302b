import { Migration } from '@mikro-orm/migrations';

export class Migration20261130005958 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`access_revocation\` (\`id\` text not null, \`account_id\` text not null, \`patient_id\` text null, \`revoked_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`access_revocation_account_id_revoked_at_index\` on \`access_revocation\` (\`account_id\`, \`revoked_at\`);`,
    );
  }
}
