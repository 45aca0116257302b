import { Migration } from '@mikro-orm/migrations';

export class Migration20261129223118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`channel\` text check (\`channel\` in ('EMAIL', 'SMS')) not null, \`recipient\` text not null, \`language\` text not null, \`subject\` text null, \`body\` text not null, \`event_id\` text not null, \`case_id\` text null, \`sent_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`notification_created_at_index\` on \`notification\` (\`created_at\`);`);

  }

}
