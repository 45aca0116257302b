import { Migration } from '@mikro-orm/migrations';

export class Migration20261130182638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`document_case_id_created_at_index\` on \`document\` (\`case_id\`, \`created_at\`);`);
  }

}
