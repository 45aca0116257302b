import { Migration } from '@mikro-orm/migrations';

export class Migration20261130181900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`medical_case_created_at_id_index\` on \`medical_case\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`medical_case_stage_created_at_id_index\` on \`medical_case\` (\`stage\`, \`created_at\`, \`id\`);`);
  }

}
