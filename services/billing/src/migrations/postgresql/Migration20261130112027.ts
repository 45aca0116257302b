import { Migration } from '@mikro-orm/migrations';

export class Migration20261130112027 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_ledger" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "patient_id" uuid null, "specialist_names" jsonb not null, "first_contact_at" timestamptz null, "closed_at" timestamptz null, "closed_by" varchar(40) null, constraint "case_ledger_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "case_ledger" add constraint "case_ledger_case_id_unique" unique ("case_id");`,
    );

    this.addSql(
      `create table "invoice_sequence" ("financial_year" varchar(7) not null, "last_sequence" int not null default 0, constraint "invoice_sequence_pkey" primary key ("financial_year"));`,
    );

    this.addSql(
      `create table "payment_order" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "quote_id" uuid not null, "amount" int not null, "currency" varchar(3) not null, "idempotency_key" varchar(64) not null, "provider" text check ("provider" in ('SANDBOX', 'RAZORPAY')) not null, "provider_order_id" varchar(40) null, "status" text check ("status" in ('CREATED', 'ATTEMPTED', 'PAID')) not null default 'CREATED', "billing_name" varchar(120) not null, "created_by" uuid null, constraint "payment_order_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_order_case_id_index" on "payment_order" ("case_id");`);
    this.addSql(
      `alter table "payment_order" add constraint "payment_order_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `alter table "payment_order" add constraint "payment_order_provider_order_id_unique" unique ("provider_order_id");`,
    );

    this.addSql(
      `create table "payment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "order_id" uuid not null, "case_id" uuid not null, "provider_payment_id" varchar(40) not null, "amount" int not null, "currency" varchar(3) not null, "method" varchar(16) not null, "status" text check ("status" in ('CAPTURED', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED')) not null, "captured_at" timestamptz null, "failure_reason" varchar(255) null, "reconciliation_issue" text check ("reconciliation_issue" in ('AMOUNT_MISMATCH', 'CASE_NOT_PAYABLE', 'DUPLICATE_PAYMENT')) null, "amount_refunded" int not null default 0, "source" text check ("source" in ('CHECKOUT', 'WEBHOOK', 'RECONCILIATION')) not null, constraint "payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_case_id_index" on "payment" ("case_id");`);
    this.addSql(
      `alter table "payment" add constraint "payment_provider_payment_id_unique" unique ("provider_payment_id");`,
    );
    this.addSql(
      `create index "payment_status_created_at_index" on "payment" ("status", "created_at");`,
    );

    this.addSql(
      `create table "invoice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(16) not null, "financial_year" varchar(7) not null, "sequence" int not null, "case_id" uuid not null, "payment_id" uuid not null, "billed_to" varchar(120) not null, "specialist_names" jsonb not null, "description" varchar(128) not null, "amount" int not null, "currency" varchar(3) not null, "includes" jsonb not null, "excludes" jsonb not null, "price_list_version" int not null, "payment_reference" varchar(40) not null, "payment_method" varchar(16) not null, "issued_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_case_id_index" on "invoice" ("case_id");`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_payment_id_unique" unique ("payment_id");`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_financial_year_sequence_unique" unique ("financial_year", "sequence");`,
    );

    this.addSql(
      `create table "refund" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "payment_id" uuid not null, "case_id" uuid not null, "amount" int not null, "currency" varchar(3) not null, "reason" varchar(500) not null, "status" text check ("status" in ('PENDING', 'PROCESSED', 'FAILED')) not null default 'PENDING', "closes_case" boolean not null, "automatic" boolean not null, "requested_by" uuid null, "provider_refund_id" varchar(40) null, "processed_at" timestamptz null, "failure_reason" varchar(255) null, "idempotency_key" varchar(64) null, constraint "refund_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "refund_case_id_index" on "refund" ("case_id");`);
    this.addSql(
      `alter table "refund" add constraint "refund_provider_refund_id_unique" unique ("provider_refund_id");`,
    );
    this.addSql(
      `alter table "refund" add constraint "refund_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `create index "refund_status_created_at_index" on "refund" ("status", "created_at");`,
    );

    this.addSql(
      `create table "sandbox_order" ("id" varchar(40) not null, "amount" int not null, "currency" varchar(3) not null, "receipt" varchar(40) null, "notes" jsonb not null, "status" varchar(16) not null default 'created', "attempts" int not null default 0, "created_at" timestamptz not null, constraint "sandbox_order_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "sandbox_payment" ("id" varchar(40) not null, "order_id" varchar(40) not null, "amount" int not null, "currency" varchar(3) not null, "status" varchar(16) not null, "method" varchar(16) not null, "amount_refunded" int not null default 0, "error_description" varchar(255) null, "notes" jsonb not null, "created_at" timestamptz not null, constraint "sandbox_payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sandbox_payment_order_id_index" on "sandbox_payment" ("order_id");`);

    this.addSql(
      `create table "sandbox_refund" ("id" varchar(40) not null, "payment_id" varchar(40) not null, "amount" int not null, "currency" varchar(3) not null, "status" varchar(16) not null default 'pending', "notes" jsonb not null, "created_at" timestamptz not null, constraint "sandbox_refund_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "sandbox_refund_payment_id_index" on "sandbox_refund" ("payment_id");`,
    );

    this.addSql(
      `create table "webhook_receipt" ("event_id" varchar(64) not null, "event" varchar(40) not null, "outcome" varchar(255) not null, "received_at" timestamptz not null, constraint "webhook_receipt_pkey" primary key ("event_id"));`,
    );

    this.addSql(
      `alter table "payment_order" add constraint "payment_order_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "payment" add constraint "payment_order_id_foreign" foreign key ("order_id") references "payment_order" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "refund" add constraint "refund_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment" drop constraint "payment_order_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_payment_id_foreign";`);

    this.addSql(`alter table "refund" drop constraint "refund_payment_id_foreign";`);

    this.addSql(`drop table if exists "case_ledger" cascade;`);

    this.addSql(`drop table if exists "invoice_sequence" cascade;`);

    this.addSql(`drop table if exists "payment_order" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "refund" cascade;`);

    this.addSql(`drop table if exists "sandbox_order" cascade;`);

    this.addSql(`drop table if exists "sandbox_payment" cascade;`);

    this.addSql(`drop table if exists "sandbox_refund" cascade;`);

    this.addSql(`drop table if exists "webhook_receipt" cascade;`);
  }
}
