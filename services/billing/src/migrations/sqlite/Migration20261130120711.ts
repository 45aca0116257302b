import { Migration } from '@mikro-orm/migrations';

export class Migration20261130120711 extends Migration {
  override async up(): Promise<void> {
    // The SQLite diff leaves out the first new column of a table: written here by hand.
    this.addSql(
      `alter table \`refund\` add column \`initiated_by\` text check (\`initiated_by\` in ('PLATFORM', 'PATIENT_SIDE', 'OPERATIONS', 'PROVIDER')) not null default 'OPERATIONS';`,
    );
    this.addSql(`update \`refund\` set \`initiated_by\` = 'PLATFORM' where \`automatic\` = 1;`);
    this.addSql(
      `update \`refund\` set \`initiated_by\` = 'PATIENT_SIDE' where \`automatic\` = 0 and \`closes_case\` = 1 and \`idempotency_key\` is null and \`requested_by\` is not null;`,
    );
  }
}
