import { Migration } from '@mikro-orm/migrations';

export class Migration20261130045333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`document_search_term\` (\`document_id\` text not null, \`term_hash\` text not null, \`patient_id\` text not null, \`case_id\` text not null, primary key (\`document_id\`, \`term_hash\`));`);
    this.addSql(`create index \`document_search_term_patient_id_term_hash_index\` on \`document_search_term\` (\`patient_id\`, \`term_hash\`);`);

    this.addSql(`alter table \`document\` add column \`text_object_id\` text null;`);
    this.addSql(`alter table \`document\` add column \`text_status\` text check (\`text_status\` in ('PENDING', 'EXTRACTED', 'NO_TEXT', 'FAILED', 'NOT_APPLICABLE')) not null default 'NOT_APPLICABLE';`);

  }

}
