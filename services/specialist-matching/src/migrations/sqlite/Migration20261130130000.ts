import { Migration } from '@mikro-orm/migrations';

export class Migration20261130130000 extends Migration {

  override async up(): Promise<void> {
    // The SQLite diff leaves out the first new column of a table: added here by hand.
    this.addSql(`alter table \`specialist\` add column \`email\` text null;`);

    this.addSql(`create table \`appointment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`specialist_id\` text not null, \`status\` text check (\`status\` in ('PROPOSED', 'BOOKED', 'CANCELLED')) not null default 'PROPOSED', \`mode\` text check (\`mode\` in ('PHONE', 'VIDEO', 'IN_PERSON')) not null, \`duration_minutes\` integer not null, \`starts_at\` datetime null, \`ends_at\` datetime null, \`meeting_url\` text null, \`address\` text null, \`reschedule_reason\` text null, \`cancel_reason\` text null, \`cancelled_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`appointment_case_id_index\` on \`appointment\` (\`case_id\`);`);
    this.addSql(`create index \`appointment_specialist_id_status_starts_at_index\` on \`appointment\` (\`specialist_id\`, \`status\`, \`starts_at\`);`);

    this.addSql(`create table \`appointment_slot\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`appointment_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, constraint \`appointment_slot_appointment_id_foreign\` foreign key(\`appointment_id\`) references \`appointment\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`appointment_slot_appointment_id_index\` on \`appointment_slot\` (\`appointment_id\`);`);

    this.addSql(`create table \`contact_log\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`specialist_id\` text not null, \`channel\` text check (\`channel\` in ('PHONE', 'VIDEO', 'MESSAGE', 'IN_PERSON')) not null, \`occurred_at\` datetime not null, \`note\` text null, \`logged_by_account_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`contact_log_case_id_occurred_at_index\` on \`contact_log\` (\`case_id\`, \`occurred_at\`);`);

    this.addSql(`create table \`contact_sla\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`specialist_id\` text not null, \`started_at\` datetime not null, \`due_at\` datetime not null, \`contacted_at\` datetime null, \`first_reminder_at\` datetime null, \`second_reminder_at\` datetime null, \`breached_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`contact_sla_contacted_at_breached_at_due_at_index\` on \`contact_sla\` (\`contacted_at\`, \`breached_at\`, \`due_at\`);`);
    this.addSql(`create unique index \`contact_sla_case_id_specialist_id_unique\` on \`contact_sla\` (\`case_id\`, \`specialist_id\`);`);

    this.addSql(`create table \`info_request\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`specialist_id\` text not null, \`kind\` text check (\`kind\` in ('INFORMATION', 'TEST')) not null, \`question\` text not null, \`status\` text check (\`status\` in ('OPEN', 'ANSWERED')) not null default 'OPEN', \`answer\` text null, \`document_ids\` json not null, \`answered_at\` datetime null, \`answered_by_account_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`info_request_case_id_index\` on \`info_request\` (\`case_id\`);`);

  }

}
