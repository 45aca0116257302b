import { Migration } from '@mikro-orm/migrations';

export class Migration20261130032343 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`share_link\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`scope\` text check (\`scope\` in ('HEALTH_RECORD', 'CASE')) not null, \`case_id\` text null, \`recipient_email\` text not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`requires_code\` integer not null default false, \`token_hash\` text not null, \`code_hash\` text null, \`failed_code_attempts\` integer not null default 0, \`created_by_account_id\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`share_link_token_hash_unique\` on \`share_link\` (\`token_hash\`);`);
    this.addSql(`create index \`share_link_patient_id_created_at_index\` on \`share_link\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`create table \`share_link_use\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`share_link_id\` text not null, \`at\` datetime not null, \`outcome\` text check (\`outcome\` in ('OPENED', 'DOWNLOADED', 'REFUSED_EXPIRED', 'REFUSED_REVOKED', 'REFUSED_CODE')) not null, \`document_id\` text null, \`ip_address\` text null, \`user_agent\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`share_link_use_share_link_id_at_index\` on \`share_link_use\` (\`share_link_id\`, \`at\`);`);

  }

}
