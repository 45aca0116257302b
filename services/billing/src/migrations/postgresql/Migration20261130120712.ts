import { Migration } from '@mikro-orm/migrations';

export class Migration20261130120712 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "refund" add column "initiated_by" text check ("initiated_by" in ('PLATFORM', 'PATIENT_SIDE', 'OPERATIONS', 'PROVIDER')) not null default 'OPERATIONS';`,
    );
    this.addSql(`update "refund" set "initiated_by" = 'PLATFORM' where "automatic";`);
    this.addSql(
      `update "refund" set "initiated_by" = 'PATIENT_SIDE' where not "automatic" and "closes_case" and "idempotency_key" is null and "requested_by" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refund" drop column "initiated_by";`);
  }
}
