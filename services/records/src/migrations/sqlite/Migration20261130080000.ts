import { Migration } from '@mikro-orm/migrations';

export class Migration20261130080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`erased_share_link\` (\`token_hash\` text not null, \`erasure_request_id\` text not null, \`erased_at\` datetime not null, primary key (\`token_hash\`));`);

    this.addSql(`create table \`erasure_file_removal\` (\`storage_key\` text not null, \`erasure_request_id\` text not null, \`attempts\` integer not null default 0, primary key (\`storage_key\`));`);

    this.addSql(`create table \`erasure_request\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`status\` text check (\`status\` in ('PENDING', 'CANCELLED', 'DECLINED', 'COMPLETED')) not null default 'PENDING', \`requested_by_account_id\` text not null, \`requested_by_relationship\` text not null, \`reason\` text null, \`cancelled_at\` datetime null, \`decided_at\` datetime null, \`decided_by_account_id\` text null, \`decline_reason\` text null, \`completed_at\` datetime null, \`case_ids\` json not null default '[]', \`confirmation_items\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`erasure_request_status_created_at_index\` on \`erasure_request\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`erasure_request_patient_id_created_at_index\` on \`erasure_request\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`create table \`sealed_record\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`service\` text not null, \`patient_id\` text not null, \`case_id\` text null, \`erasure_request_id\` text null, \`category\` text check (\`category\` in ('CONSULTATION_RECORDS', 'ACCESS_LOGS')) not null, \`kind\` text not null, \`item_count\` integer not null, \`retained_from\` datetime not null, \`retain_until\` datetime not null, \`destroyed_at\` datetime null, \`wrapped_data_key\` text null, \`ciphertext\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`sealed_record_retain_until_index\` on \`sealed_record\` (\`retain_until\`);`);
    this.addSql(`create index \`sealed_record_patient_id_created_at_index\` on \`sealed_record\` (\`patient_id\`, \`created_at\`);`);

  }

}
