import { Migration } from '@mikro-orm/migrations';

export class Migration20261130020659 extends Migration {
  override async up(): Promise<void> {
    // SQLite cannot change a check constraint: the table is rebuilt with the new relationships.
    this.addSql(
      `create table \`proxy_authorization_next\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`proxy_account_id\` text not null, \`proxy_display_name\` text not null, \`patient_display_name\` text not null, \`relationship\` text check (\`relationship\` in ('MOTHER', 'FATHER', 'PARENT', 'GUARDIAN', 'SPOUSE', 'SON', 'DAUGHTER', 'CHILD', 'SIBLING', 'LEGAL_REPRESENTATIVE', 'OTHER')) not null, \`valid_from\` datetime not null, \`valid_until\` datetime null, \`revoked_at\` datetime null, \`granted_by_account_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`insert into \`proxy_authorization_next\` select * from \`proxy_authorization\`;`);
    this.addSql(`drop table \`proxy_authorization\`;`);
    this.addSql(`alter table \`proxy_authorization_next\` rename to \`proxy_authorization\`;`);
    this.addSql(
      `create index \`proxy_authorization_patient_id_index\` on \`proxy_authorization\` (\`patient_id\`);`,
    );
    this.addSql(
      `create index \`proxy_authorization_proxy_account_id_index\` on \`proxy_authorization\` (\`proxy_account_id\`);`,
    );
  }

  override async down(): Promise<void> {
    // SQLite cannot change a check constraint: the table is rebuilt with the new relationships.
    this.addSql(
      `create table \`proxy_authorization_next\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`proxy_account_id\` text not null, \`proxy_display_name\` text not null, \`patient_display_name\` text not null, \`relationship\` text check (\`relationship\` in ('PARENT', 'GUARDIAN', 'SPOUSE', 'CHILD', 'LEGAL_REPRESENTATIVE', 'OTHER')) not null, \`valid_from\` datetime not null, \`valid_until\` datetime null, \`revoked_at\` datetime null, \`granted_by_account_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`insert into \`proxy_authorization_next\` select * from \`proxy_authorization\`;`);
    this.addSql(`drop table \`proxy_authorization\`;`);
    this.addSql(`alter table \`proxy_authorization_next\` rename to \`proxy_authorization\`;`);
    this.addSql(
      `create index \`proxy_authorization_patient_id_index\` on \`proxy_authorization\` (\`patient_id\`);`,
    );
    this.addSql(
      `create index \`proxy_authorization_proxy_account_id_index\` on \`proxy_authorization\` (\`proxy_account_id\`);`,
    );
  }
}
