import { Migration } from '@mikro-orm/migrations';

export class Migration20261130045037 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`share_link\` add column \`locked_at\` datetime null;`);

    // SQLite cannot change a check constraint in place: rebuild share_link_use with REFUSED_LOCKED.
    this.addSql(`create table \`share_link_use__new\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`share_link_id\` text not null, \`at\` datetime not null, \`outcome\` text check (\`outcome\` in ('OPENED', 'DOWNLOADED', 'REFUSED_EXPIRED', 'REFUSED_REVOKED', 'REFUSED_CODE', 'REFUSED_LOCKED')) not null, \`document_id\` text null, \`ip_address\` text null, \`user_agent\` text null, primary key (\`id\`));`);
    this.addSql(`insert into \`share_link_use__new\` select \`id\`, \`created_at\`, \`updated_at\`, \`share_link_id\`, \`at\`, \`outcome\`, \`document_id\`, \`ip_address\`, \`user_agent\` from \`share_link_use\`;`);
    this.addSql(`drop table \`share_link_use\`;`);
    this.addSql(`alter table \`share_link_use__new\` rename to \`share_link_use\`;`);
    this.addSql(`create index \`share_link_use_share_link_id_at_index\` on \`share_link_use\` (\`share_link_id\`, \`at\`);`);
  }

}
