import { Migration } from '@mikro-orm/migrations';

export class Migration20261130112027 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`case_ledger\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`patient_id\` text null, \`specialist_names\` json not null, \`first_contact_at\` datetime null, \`closed_at\` datetime null, \`closed_by\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`case_ledger_case_id_unique\` on \`case_ledger\` (\`case_id\`);`,
    );

    this.addSql(
      `create table \`invoice_sequence\` (\`financial_year\` text not null, \`last_sequence\` integer not null default 0, primary key (\`financial_year\`));`,
    );

    this.addSql(
      `create table \`payment_order\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`case_id\` text not null, \`quote_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`idempotency_key\` text not null, \`provider\` text check (\`provider\` in ('SANDBOX', 'RAZORPAY')) not null, \`provider_order_id\` text null, \`status\` text check (\`status\` in ('CREATED', 'ATTEMPTED', 'PAID')) not null default 'CREATED', \`billing_name\` text not null, \`created_by\` text null, constraint \`payment_order_quote_id_foreign\` foreign key(\`quote_id\`) references \`quote\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`payment_order_case_id_index\` on \`payment_order\` (\`case_id\`);`);
    this.addSql(
      `create index \`payment_order_quote_id_index\` on \`payment_order\` (\`quote_id\`);`,
    );
    this.addSql(
      `create unique index \`payment_order_idempotency_key_unique\` on \`payment_order\` (\`idempotency_key\`);`,
    );
    this.addSql(
      `create unique index \`payment_order_provider_order_id_unique\` on \`payment_order\` (\`provider_order_id\`);`,
    );

    this.addSql(
      `create table \`payment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`order_id\` text not null, \`case_id\` text not null, \`provider_payment_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`method\` text not null, \`status\` text check (\`status\` in ('CAPTURED', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED')) not null, \`captured_at\` datetime null, \`failure_reason\` text null, \`reconciliation_issue\` text check (\`reconciliation_issue\` in ('AMOUNT_MISMATCH', 'CASE_NOT_PAYABLE', 'DUPLICATE_PAYMENT')) null, \`amount_refunded\` integer not null default 0, \`source\` text check (\`source\` in ('CHECKOUT', 'WEBHOOK', 'RECONCILIATION')) not null, constraint \`payment_order_id_foreign\` foreign key(\`order_id\`) references \`payment_order\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`payment_order_id_index\` on \`payment\` (\`order_id\`);`);
    this.addSql(`create index \`payment_case_id_index\` on \`payment\` (\`case_id\`);`);
    this.addSql(
      `create unique index \`payment_provider_payment_id_unique\` on \`payment\` (\`provider_payment_id\`);`,
    );
    this.addSql(
      `create index \`payment_status_created_at_index\` on \`payment\` (\`status\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`invoice\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`number\` text not null, \`financial_year\` text not null, \`sequence\` integer not null, \`case_id\` text not null, \`payment_id\` text not null, \`billed_to\` text not null, \`specialist_names\` json not null, \`description\` text not null, \`amount\` integer not null, \`currency\` text not null, \`includes\` json not null, \`excludes\` json not null, \`price_list_version\` integer not null, \`payment_reference\` text not null, \`payment_method\` text not null, \`issued_at\` datetime not null, constraint \`invoice_payment_id_foreign\` foreign key(\`payment_id\`) references \`payment\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`invoice_number_unique\` on \`invoice\` (\`number\`);`);
    this.addSql(`create index \`invoice_case_id_index\` on \`invoice\` (\`case_id\`);`);
    this.addSql(
      `create unique index \`invoice_payment_id_unique\` on \`invoice\` (\`payment_id\`);`,
    );
    this.addSql(
      `create unique index \`invoice_financial_year_sequence_unique\` on \`invoice\` (\`financial_year\`, \`sequence\`);`,
    );

    this.addSql(
      `create table \`refund\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`payment_id\` text not null, \`case_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`reason\` text not null, \`status\` text check (\`status\` in ('PENDING', 'PROCESSED', 'FAILED')) not null default 'PENDING', \`closes_case\` integer not null, \`automatic\` integer not null, \`requested_by\` text null, \`provider_refund_id\` text null, \`processed_at\` datetime null, \`failure_reason\` text null, \`idempotency_key\` text null, constraint \`refund_payment_id_foreign\` foreign key(\`payment_id\`) references \`payment\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`refund_payment_id_index\` on \`refund\` (\`payment_id\`);`);
    this.addSql(`create index \`refund_case_id_index\` on \`refund\` (\`case_id\`);`);
    this.addSql(
      `create unique index \`refund_provider_refund_id_unique\` on \`refund\` (\`provider_refund_id\`);`,
    );
    this.addSql(
      `create unique index \`refund_idempotency_key_unique\` on \`refund\` (\`idempotency_key\`);`,
    );
    this.addSql(
      `create index \`refund_status_created_at_index\` on \`refund\` (\`status\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`sandbox_order\` (\`id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`receipt\` text null, \`notes\` json not null, \`status\` text not null default 'created', \`attempts\` integer not null default 0, \`created_at\` datetime not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`sandbox_payment\` (\`id\` text not null, \`order_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`status\` text not null, \`method\` text not null, \`amount_refunded\` integer not null default 0, \`error_description\` text null, \`notes\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`sandbox_payment_order_id_index\` on \`sandbox_payment\` (\`order_id\`);`,
    );

    this.addSql(
      `create table \`sandbox_refund\` (\`id\` text not null, \`payment_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`status\` text not null default 'pending', \`notes\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`sandbox_refund_payment_id_index\` on \`sandbox_refund\` (\`payment_id\`);`,
    );

    this.addSql(
      `create table \`webhook_receipt\` (\`event_id\` text not null, \`event\` text not null, \`outcome\` text not null, \`received_at\` datetime not null, primary key (\`event_id\`));`,
    );
  }
}
