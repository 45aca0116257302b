import { Migration } from '@mikro-orm/migrations';

export class Migration20261130020657 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`legal_document\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('CONSENT', 'PRIVACY_NOTICE')) not null, \`version\` text not null, \`effective_from\` datetime not null, \`title_en\` text not null, \`body_en\` text not null, \`title_hi\` text not null, \`body_hi\` text not null, \`sha256\` text not null, \`published_by_account_id\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`legal_document_kind_version_unique\` on \`legal_document\` (\`kind\`, \`version\`);`);

    this.addSql(`create table \`consent\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'INACTIVE')) not null, \`date_time\` datetime not null, \`document_id\` text not null, \`document_sha256\` text not null, \`privacy_notice_id\` text not null, \`signer_account_id\` text not null, \`signer_name\` text not null, \`signer_relationship\` text not null, \`signature_image\` text not null, \`ip_address\` text null, \`user_agent\` text null, \`withdrawn_at\` datetime null, \`withdrawal_reason\` text null, \`withdrawn_by_account_id\` text null, \`superseded_at\` datetime null, constraint \`consent_document_id_foreign\` foreign key(\`document_id\`) references \`legal_document\`(\`id\`) on delete restrict on update cascade, constraint \`consent_privacy_notice_id_foreign\` foreign key(\`privacy_notice_id\`) references \`legal_document\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`consent_document_id_index\` on \`consent\` (\`document_id\`);`);
    this.addSql(`create index \`consent_privacy_notice_id_index\` on \`consent\` (\`privacy_notice_id\`);`);
    this.addSql(`create index \`consent_case_id_date_time_index\` on \`consent\` (\`case_id\`, \`date_time\`);`);

    this.addSql(`alter table \`case_timeline_entry\` add column \`acting_for_patient_id\` text null;`);

    this.addSql(`alter table \`patient\` add column \`gender_identity\` text null;`);
    this.addSql(`alter table \`patient\` add column \`address\` json null;`);
    this.addSql(`alter table \`patient\` add column \`emergency_contact\` json null;`);
    this.addSql(`alter table \`patient\` add column \`identifier\` json null;`);
    this.addSql(`alter table \`patient\` add column \`guardian\` json null;`);
    this.addSql(`alter table \`patient\` add column \`registered_by_account_id\` text null;`);

    this.addSql(`alter table \`medical_case\` add column \`symptoms\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`conditions\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`medications\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`allergies\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`no_known_allergies\` integer null;`);
    this.addSql(`alter table \`medical_case\` add column \`procedures\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`investigations\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`other_history\` text null;`);
    this.addSql(`alter table \`medical_case\` add column \`treating_practitioner\` json null;`);
    this.addSql(`alter table \`medical_case\` add column \`treatment_advised\` text null;`);
    this.addSql(`alter table \`medical_case\` add column \`reason_detail\` text null;`);
    this.addSql(`alter table \`medical_case\` add column \`questions\` json not null default '[]';`);
    this.addSql(`alter table \`medical_case\` add column \`patient_location\` json null;`);
    this.addSql(`alter table \`medical_case\` add column \`draft_saved_at\` datetime null;`);
    this.addSql(`alter table \`medical_case\` add column \`idempotency_key\` text null;`);
    this.addSql(`alter table \`medical_case\` add column \`created_by_account_id\` text null;`);
    this.addSql(`create unique index \`medical_case_patient_id_idempotency_key_unique\` on \`medical_case\` (\`patient_id\`, \`idempotency_key\`);`);
  }

}
