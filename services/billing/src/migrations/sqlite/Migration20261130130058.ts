import { Migration } from '@mikro-orm/migrations';

export class Migration20261130130058 extends Migration {

  override async up(): Promise<void> {
    // The SQLite diff leaves out the first new column of a table: written here by hand.
    this.addSql(`alter table \`refund\` add column \`dispatching_since\` datetime null;`);
  }

}
