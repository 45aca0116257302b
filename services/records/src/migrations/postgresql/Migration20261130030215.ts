import { Migration } from '@mikro-orm/migrations';

export class Migration20261130030215 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "document" add column "preview_object_id" uuid null, add column "thumbnail_object_id" uuid null, add column "sharpness" double precision null, add column "brightness" double precision null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document" drop column "preview_object_id", drop column "thumbnail_object_id", drop column "sharpness", drop column "brightness";`);
  }

}
