import { Migration } from '@mikro-orm/migrations';

export class Migration20261130045038 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "share_link_use" drop constraint if exists "share_link_use_outcome_check";`);

    this.addSql(`alter table "share_link" add column "locked_at" timestamptz null;`);

    this.addSql(`alter table "share_link_use" add constraint "share_link_use_outcome_check" check("outcome" in ('OPENED', 'DOWNLOADED', 'REFUSED_EXPIRED', 'REFUSED_REVOKED', 'REFUSED_CODE', 'REFUSED_LOCKED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "share_link_use" drop constraint if exists "share_link_use_outcome_check";`);

    this.addSql(`alter table "share_link" drop column "locked_at";`);

    this.addSql(`alter table "share_link_use" add constraint "share_link_use_outcome_check" check("outcome" in ('OPENED', 'DOWNLOADED', 'REFUSED_EXPIRED', 'REFUSED_REVOKED', 'REFUSED_CODE'));`);
  }

}
