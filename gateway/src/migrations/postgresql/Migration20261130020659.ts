import { Migration } from '@mikro-orm/migrations';

export class Migration20261130020659 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "proxy_authorization" drop constraint if exists "proxy_authorization_relationship_check";`,
    );

    this.addSql(
      `alter table "proxy_authorization" add constraint "proxy_authorization_relationship_check" check("relationship" in ('MOTHER', 'FATHER', 'PARENT', 'GUARDIAN', 'SPOUSE', 'SON', 'DAUGHTER', 'CHILD', 'SIBLING', 'LEGAL_REPRESENTATIVE', 'OTHER'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "proxy_authorization" drop constraint if exists "proxy_authorization_relationship_check";`,
    );

    this.addSql(
      `alter table "proxy_authorization" add constraint "proxy_authorization_relationship_check" check("relationship" in ('PARENT', 'GUARDIAN', 'SPOUSE', 'CHILD', 'LEGAL_REPRESENTATIVE', 'OTHER'));`,
    );
  }
}
