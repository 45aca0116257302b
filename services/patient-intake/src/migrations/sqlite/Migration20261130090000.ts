import { Migration } from '@mikro-orm/migrations';

// "Who saw my record": whose record each audit entry touched.
export class Migration20261130090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_entry\` add column \`subject_patient_id\` text null;`);
    // earlier entries: the patient object itself, else the case's patient, else the patient acted for
    this.addSql(
      `update \`audit_entry\` set \`subject_patient_id\` = coalesce(case when \`object_type\` = 'Patient' and length(\`object_id\`) = 36 then \`object_id\` end, (select \`party_id\` from \`case_party\` where \`case_party\`.\`case_id\` = \`audit_entry\`.\`case_id\` and \`case_party\`.\`kind\` = 'PATIENT' limit 1), \`acting_for_patient_id\`) where \`reason\` is null or \`reason\` <> 'no such object';`,
    );
    this.addSql(
      `create index \`audit_entry_subject_patient_id_occurred_at_index\` on \`audit_entry\` (\`subject_patient_id\`, \`occurred_at\`);`,
    );
  }
}
