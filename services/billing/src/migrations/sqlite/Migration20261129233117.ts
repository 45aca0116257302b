import { Migration } from '@mikro-orm/migrations';

export class Migration20261129233117 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_entry\` (\`id\` text not null, \`occurred_at\` datetime not null, \`service\` text not null, \`account_id\` text null, \`roles\` json not null, \`acting_for_patient_id\` text null, \`object_type\` text not null, \`object_id\` text not null, \`case_id\` text null, \`operation\` text check (\`operation\` in ('READ', 'CREATE', 'UPDATE', 'DELETE')) not null, \`fields\` json not null, \`outcome\` text check (\`outcome\` in ('ALLOWED', 'DENIED')) not null, \`reason\` text null, \`request_id\` text not null, \`ip_address\` text null, \`user_agent\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`audit_entry_occurred_at_index\` on \`audit_entry\` (\`occurred_at\`);`,
    );
    this.addSql(
      `create index \`audit_entry_account_id_occurred_at_index\` on \`audit_entry\` (\`account_id\`, \`occurred_at\`);`,
    );
    this.addSql(
      `create index \`audit_entry_case_id_occurred_at_index\` on \`audit_entry\` (\`case_id\`, \`occurred_at\`);`,
    );

    this.addSql(
      `create table \`case_party\` (\`case_id\` text not null, \`kind\` text check (\`kind\` in ('PATIENT', 'SPECIALIST', 'GP', 'PARTNER')) not null, \`party_id\` text not null, primary key (\`case_id\`, \`kind\`, \`party_id\`));`,
    );
    this.addSql(
      `create index \`case_party_kind_party_id_index\` on \`case_party\` (\`kind\`, \`party_id\`);`,
    );
  }
}
