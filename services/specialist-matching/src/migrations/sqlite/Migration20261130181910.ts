import { Migration } from '@mikro-orm/migrations';

export class Migration20261130181910 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`contact_sla_specialist_id_due_at_index\` on \`contact_sla\` (\`specialist_id\`, \`due_at\`);`);
    this.addSql(`create index \`panel_member_specialist_id_created_at_index\` on \`panel_member\` (\`specialist_id\`, \`created_at\`);`);
  }

}
