import { Migration } from '@mikro-orm/migrations';

export class Migration20261130044729 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_progress\` (\`case_id\` text not null, \`patient_id\` text null, \`consented_at\` datetime null, \`panel_mode\` text null, \`panel_specialist_ids\` json not null default '[]', \`active_since\` datetime null, \`closed_at\` datetime null, \`closed_by\` text null, primary key (\`case_id\`));`);

  }

}
