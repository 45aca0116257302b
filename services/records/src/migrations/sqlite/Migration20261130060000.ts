import { Migration } from '@mikro-orm/migrations';

/** Opinions and the board's dissent matrix (issue 7); the patient's questions on case_progress. */
export class Migration20261130060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`case_progress\` add column \`questions\` json not null default '[]';`);

    this.addSql(`create table \`opinion\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text not null, \`slot\` text not null, \`kind\` text check (\`kind\` in ('INDIVIDUAL', 'CONSENSUS')) not null, \`specialist_id\` text null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED')) not null default 'DRAFT', \`version\` integer not null default 1, \`diagnosis_assessment\` text check (\`diagnosis_assessment\` in ('CONFIRMED', 'REVISED')) null, \`revised_diagnosis\` text null, \`revised_diagnosis_code\` text null, \`recommended_treatment\` text null, \`alternatives\` json not null default '[]', \`answers\` json not null default '[]', \`further_tests\` json not null default '[]', \`notes\` text null, \`last_edited_by_specialist_id\` text null, \`submitted_at\` datetime null, \`signer_name\` text null, \`signer_specialist_id\` text null, \`signer_account_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`opinion_case_id_index\` on \`opinion\` (\`case_id\`);`);
    this.addSql(`create index \`opinion_patient_id_index\` on \`opinion\` (\`patient_id\`);`);
    this.addSql(`create unique index \`opinion_case_id_slot_unique\` on \`opinion\` (\`case_id\`, \`slot\`);`);

    this.addSql(`create table \`consensus_vote\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`consensus_id\` text not null, \`case_id\` text not null, \`specialist_id\` text not null, \`voter_name\` text null, \`row_key\` text not null, \`level\` text check (\`level\` in ('AGREE', 'PARTLY', 'DISAGREE')) not null, \`reason\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`consensus_vote_consensus_id_index\` on \`consensus_vote\` (\`consensus_id\`);`);
    this.addSql(`create unique index \`consensus_vote_consensus_id_specialist_id_row_key_unique\` on \`consensus_vote\` (\`consensus_id\`, \`specialist_id\`, \`row_key\`);`);
  }

}
