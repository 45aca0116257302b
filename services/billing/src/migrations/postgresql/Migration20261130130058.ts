import { Migration } from '@mikro-orm/migrations';

export class Migration20261130130058 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "refund" add column "dispatching_since" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refund" drop column "dispatching_since";`);
  }

}
