import { Migration } from '@mikro-orm/migrations';

export class Migration20261129233114 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`account\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`display_name\` text not null, \`email\` text null, \`phone\` text null, \`password_hash\` text null, \`roles\` json not null, \`patient_id\` text null, \`specialist_id\` text null, \`language\` text not null default 'en', \`email_verified_at\` datetime null, \`phone_verified_at\` datetime null, \`failed_sign_ins\` integer not null default 0, \`locked_until\` datetime null, \`sessions_revoked_at\` datetime null, \`disabled_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`account_email_unique\` on \`account\` (\`email\`);`);
    this.addSql(`create unique index \`account_phone_unique\` on \`account\` (\`phone\`);`);
    this.addSql(`create index \`account_patient_id_index\` on \`account\` (\`patient_id\`);`);

    this.addSql(
      `create table \`audit_entry\` (\`id\` text not null, \`occurred_at\` datetime not null, \`service\` text not null, \`account_id\` text null, \`roles\` json not null, \`acting_for_patient_id\` text null, \`object_type\` text not null, \`object_id\` text not null, \`case_id\` text null, \`operation\` text check (\`operation\` in ('READ', 'CREATE', 'UPDATE', 'DELETE')) not null, \`fields\` json not null, \`outcome\` text check (\`outcome\` in ('ALLOWED', 'DENIED')) not null, \`reason\` text null, \`request_id\` text not null, \`ip_address\` text null, \`user_agent\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`audit_entry_occurred_at_index\` on \`audit_entry\` (\`occurred_at\`);`,
    );
    this.addSql(
      `create index \`audit_entry_account_id_occurred_at_index\` on \`audit_entry\` (\`account_id\`, \`occurred_at\`);`,
    );
    this.addSql(
      `create index \`audit_entry_case_id_occurred_at_index\` on \`audit_entry\` (\`case_id\`, \`occurred_at\`);`,
    );

    this.addSql(
      `create table \`case_party\` (\`case_id\` text not null, \`kind\` text check (\`kind\` in ('PATIENT', 'SPECIALIST', 'GP', 'PARTNER')) not null, \`party_id\` text not null, primary key (\`case_id\`, \`kind\`, \`party_id\`));`,
    );
    this.addSql(
      `create index \`case_party_kind_party_id_index\` on \`case_party\` (\`kind\`, \`party_id\`);`,
    );

    this.addSql(
      `create table \`inbox_event\` (\`id\` text not null, \`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`inbox_event_consumer_event_id_unique\` on \`inbox_event\` (\`consumer\`, \`event_id\`);`,
    );

    this.addSql(
      `create table \`one_time_code\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`account_id\` text not null, \`purpose\` text check (\`purpose\` in ('VERIFY_EMAIL', 'VERIFY_PHONE', 'RESET_PASSWORD')) not null, \`code_hash\` text not null, \`expires_at\` datetime not null, \`attempts\` integer not null default 0, \`used_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`one_time_code_account_id_purpose_index\` on \`one_time_code\` (\`account_id\`, \`purpose\`);`,
    );

    this.addSql(
      `create table \`outbox_event\` (\`id\` text not null, \`type\` text not null, \`case_id\` text null, \`payload\` json not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_error\` text null, \`dead_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_event_case_id_index\` on \`outbox_event\` (\`case_id\`);`);
    this.addSql(
      `create index \`outbox_event_published_at_next_attempt_at_index\` on \`outbox_event\` (\`published_at\`, \`next_attempt_at\`);`,
    );

    this.addSql(
      `create table \`partner_client\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`partner_id\` text not null, \`client_id\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`revoked_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`partner_client_client_id_unique\` on \`partner_client\` (\`client_id\`);`,
    );

    this.addSql(
      `create table \`proxy_authorization\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`proxy_account_id\` text not null, \`proxy_display_name\` text not null, \`patient_display_name\` text not null, \`relationship\` text check (\`relationship\` in ('PARENT', 'GUARDIAN', 'SPOUSE', 'CHILD', 'LEGAL_REPRESENTATIVE', 'OTHER')) not null, \`valid_from\` datetime not null, \`valid_until\` datetime null, \`revoked_at\` datetime null, \`granted_by_account_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`proxy_authorization_patient_id_index\` on \`proxy_authorization\` (\`patient_id\`);`,
    );
    this.addSql(
      `create index \`proxy_authorization_proxy_account_id_index\` on \`proxy_authorization\` (\`proxy_account_id\`);`,
    );

    this.addSql(
      `create table \`received_dead_letter\` (\`id\` text not null, \`type\` text not null, \`case_id\` text null, \`payload\` json not null, \`occurred_at\` datetime not null, \`deliveries\` integer not null, \`last_error\` text not null, \`dead_at\` datetime null, \`retry_requested_at\` datetime null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`refresh_token\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`family\` text not null, \`account_id\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`revoked_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`refresh_token_token_hash_unique\` on \`refresh_token\` (\`token_hash\`);`,
    );
    this.addSql(
      `create index \`refresh_token_account_id_index\` on \`refresh_token\` (\`account_id\`);`,
    );
    this.addSql(`create index \`refresh_token_family_index\` on \`refresh_token\` (\`family\`);`);

    this.addSql(
      `create table \`signing_key\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kid\` text not null, \`public_jwk\` json not null, \`encrypted_private_jwk\` text not null, \`activates_at\` datetime not null, \`retires_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`signing_key_kid_unique\` on \`signing_key\` (\`kid\`);`);
  }
}
