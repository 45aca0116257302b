import { Migration } from '@mikro-orm/migrations';

export class Migration20261130025838 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`stored_object\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`sha256\` text not null, \`size\` bigint not null, \`content_type\` text not null, \`storage_key\` text not null, \`wrapped_data_key\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`stored_object_patient_id_sha256_unique\` on \`stored_object\` (\`patient_id\`, \`sha256\`);`);

    this.addSql(`create table \`upload\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text not null, \`account_id\` text not null, \`file_name\` text not null, \`declared_type\` text not null, \`declared_size\` bigint not null, \`kind\` text check (\`kind\` in ('LAB_REPORT', 'IMAGING_REPORT', 'PATHOLOGY_REPORT', 'DISCHARGE_SUMMARY', 'PRESCRIPTION', 'OTHER')) not null, \`status\` text check (\`status\` in ('REQUESTED', 'RECEIVED', 'COMPLETED')) not null default 'REQUESTED', \`expires_at\` datetime not null, \`content_type\` text null, \`sha256\` text null, \`size\` bigint null, \`wrapped_data_key\` text null, \`document_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`upload_case_id_status_index\` on \`upload\` (\`case_id\`, \`status\`);`);

    this.addSql(`alter table \`document\` add column \`object_id\` text null;`);

  }

}
