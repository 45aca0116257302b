import { Migration } from '@mikro-orm/migrations';

/** The GP's case summary (referral note) of a case: one a case, due 48 h after consent. */
export class Migration20261130070000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_summary\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text not null, \`gp_account_id\` text not null, \`gp_name\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'FINAL')) not null default 'DRAFT', \`assigned_at\` datetime not null, \`due_at\` datetime null, \`breached_at\` datetime null, \`submitted_at\` datetime null, \`history\` text not null default '', \`key_findings\` json not null default '[]', \`relevant_document_ids\` json not null default '[]', \`questions\` json not null default '[]', primary key (\`id\`));`);
    this.addSql(`create unique index \`case_summary_case_id_unique\` on \`case_summary\` (\`case_id\`);`);
    this.addSql(`create index \`case_summary_patient_id_index\` on \`case_summary\` (\`patient_id\`);`);
    this.addSql(`create index \`case_summary_gp_account_id_index\` on \`case_summary\` (\`gp_account_id\`);`);
    this.addSql(`create index \`case_summary_status_due_at_index\` on \`case_summary\` (\`status\`, \`due_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`case_summary\`;`);
  }

}
