import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`document\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text not null, \`title\` text not null, \`content_type\` text not null, \`size\` bigint not null, \`sha256\` text not null, \`status\` text check (\`status\` in ('CURRENT', 'SUPERSEDED', 'ENTERED_IN_ERROR')) not null default 'CURRENT', primary key (\`id\`));`);
    this.addSql(`create index \`document_case_id_index\` on \`document\` (\`case_id\`);`);
    this.addSql(`create index \`document_patient_id_index\` on \`document\` (\`patient_id\`);`);
  }

}
