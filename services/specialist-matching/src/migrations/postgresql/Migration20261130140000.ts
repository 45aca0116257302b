import { Migration } from '@mikro-orm/migrations';

export class Migration20261130140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "published_legal_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" varchar(32) not null, "version" varchar(32) not null, "effective_from" timestamptz not null, constraint "published_legal_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "published_legal_document" add constraint "published_legal_document_kind_version_unique" unique ("kind", "version");`);

    this.addSql(`alter table "case_profile" add column "consent_version" varchar(32) null, add column "privacy_notice_version" varchar(32) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "published_legal_document" cascade;`);

    this.addSql(`alter table "case_profile" drop column "consent_version", drop column "privacy_notice_version";`);
  }

}
