import { Migration } from '@mikro-orm/migrations';

export class Migration20261129231808 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`received_dead_letter\` (\`id\` text not null, \`type\` text not null, \`case_id\` text null, \`payload\` json not null, \`occurred_at\` datetime not null, \`deliveries\` integer not null, \`last_error\` text not null, \`dead_at\` datetime null, \`retry_requested_at\` datetime null, primary key (\`id\`));`,
    );
  }
}
