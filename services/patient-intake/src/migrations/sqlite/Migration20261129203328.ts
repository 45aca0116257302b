import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`patient\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`full_name\` text not null, \`name_local\` text null, \`birth_date\` date not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE', 'OTHER', 'UNKNOWN')) not null, \`phone\` text null, \`email\` text null, \`preferred_language\` text null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`medical_case\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`patient_id\` text not null, \`stage\` text check (\`stage\` in ('DRAFT', 'SUBMITTED', 'CONSENTED', 'PANEL_REQUESTED', 'AWAITING_CONFIRMATION', 'AWAITING_PAYMENT', 'ACTIVE', 'INFO_REQUESTED', 'OPINIONS_READY', 'REPORT_DELIVERED', 'CLOSED', 'CANCELLED')) not null default 'DRAFT', \`presenting_complaint\` text null, \`reason_for_second_opinion\` text check (\`reason_for_second_opinion\` in ('ALTERNATIVES_PROS_CONS', 'INADEQUATE_RESPONSE', 'REASSURANCE', 'RIGHT_DOCTOR_OR_HOSPITAL', 'PAYER_OR_EMPLOYER_REQUIREMENT', 'SPECIALIST_REFERRAL')) null, \`submitted_at\` datetime null, constraint \`medical_case_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`medical_case_patient_id_index\` on \`medical_case\` (\`patient_id\`);`,
    );
    this.addSql(`create index \`medical_case_stage_index\` on \`medical_case\` (\`stage\`);`);
  }
}
