import { Migration } from '@mikro-orm/migrations';

export class Migration20261130030215 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`document\` add column \`preview_object_id\` text null;`);
    this.addSql(`alter table \`document\` add column \`thumbnail_object_id\` text null;`);
    this.addSql(`alter table \`document\` add column \`sharpness\` double null;`);
    this.addSql(`alter table \`document\` add column \`brightness\` double null;`);

  }

}
