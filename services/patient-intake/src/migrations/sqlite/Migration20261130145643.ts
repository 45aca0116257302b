import { Migration } from '@mikro-orm/migrations';

export class Migration20261130145643 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_referral\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`partner_id\` text not null, \`idempotency_key\` text not null, \`case_id\` text not null, \`referral_note\` text not null, \`invitation_channel\` text check (\`invitation_channel\` in ('EMAIL', 'SMS')) not null, \`invitation_sent_to\` text not null, \`code_hash\` text not null, \`expires_at\` datetime not null, \`claimed_at\` datetime null, \`claimed_by_account_id\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`case_referral_code_hash_unique\` on \`case_referral\` (\`code_hash\`);`);
    this.addSql(`create unique index \`case_referral_partner_id_idempotency_key_unique\` on \`case_referral\` (\`partner_id\`, \`idempotency_key\`);`);

  }

}
