import { Migration } from '@mikro-orm/migrations';

export class Migration20261130080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`sealed_record\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`service\` text not null, \`patient_id\` text not null, \`case_id\` text null, \`erasure_request_id\` text null, \`category\` text check (\`category\` in ('CONSULTATION_RECORDS', 'ACCESS_LOGS')) not null, \`kind\` text not null, \`item_count\` integer not null, \`retained_from\` datetime not null, \`retain_until\` datetime not null, \`destroyed_at\` datetime null, \`wrapped_data_key\` text null, \`ciphertext\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`sealed_record_retain_until_index\` on \`sealed_record\` (\`retain_until\`);`);
    this.addSql(`create index \`sealed_record_patient_id_created_at_index\` on \`sealed_record\` (\`patient_id\`, \`created_at\`);`);

  }

}
