import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "patient" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "full_name" text not null, "name_local" text null, "birth_date" date not null, "gender" text check ("gender" in ('MALE', 'FEMALE', 'OTHER', 'UNKNOWN')) not null, "phone" varchar(16) null, "email" varchar(254) null, "preferred_language" varchar(64) null, constraint "patient_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "medical_case" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "stage" text check ("stage" in ('DRAFT', 'SUBMITTED', 'CONSENTED', 'PANEL_REQUESTED', 'AWAITING_CONFIRMATION', 'AWAITING_PAYMENT', 'ACTIVE', 'INFO_REQUESTED', 'OPINIONS_READY', 'REPORT_DELIVERED', 'CLOSED', 'CANCELLED')) not null default 'DRAFT', "presenting_complaint" text null, "reason_for_second_opinion" text check ("reason_for_second_opinion" in ('ALTERNATIVES_PROS_CONS', 'INADEQUATE_RESPONSE', 'REASSURANCE', 'RIGHT_DOCTOR_OR_HOSPITAL', 'PAYER_OR_EMPLOYER_REQUIREMENT', 'SPECIALIST_REFERRAL')) null, "submitted_at" timestamptz null, constraint "medical_case_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "medical_case_stage_index" on "medical_case" ("stage");`);

    this.addSql(
      `alter table "medical_case" add constraint "medical_case_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "medical_case" drop constraint "medical_case_patient_id_foreign";`);

    this.addSql(`drop table if exists "patient" cascade;`);

    this.addSql(`drop table if exists "medical_case" cascade;`);
  }
}
