import { Migration } from '@mikro-orm/migrations';

export class Migration20261129214853 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`inbox_event\` (\`id\` text not null, \`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`inbox_event_consumer_event_id_unique\` on \`inbox_event\` (\`consumer\`, \`event_id\`);`,
    );

    this.addSql(
      `create table \`outbox_event\` (\`id\` text not null, \`type\` text not null, \`case_id\` text null, \`payload\` json not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_error\` text null, \`dead_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_event_case_id_index\` on \`outbox_event\` (\`case_id\`);`);
    this.addSql(
      `create index \`outbox_event_published_at_next_attempt_at_index\` on \`outbox_event\` (\`published_at\`, \`next_attempt_at\`);`,
    );
  }
}
