-- CreateEnum
CREATE TYPE "service_point_kind" AS ENUM ('COUNTY_CENTRE', 'SERVICE_POINT');

-- CreateEnum
CREATE TYPE "sex" AS ENUM ('M', 'F');

-- CreateEnum
CREATE TYPE "staff_role" AS ENUM ('SERVICE_POINT_CLERK', 'COUNTY_CENTRE_CLERK', 'BUREAU_CLERK', 'TAX_OFFICER', 'ADMINISTRATOR', 'AUDITOR');

-- CreateEnum
CREATE TYPE "session_kind" AS ENUM ('CITIZEN', 'STAFF');

-- CreateEnum
CREATE TYPE "ledger_entry_kind" AS ENUM ('CONTRIBUTION_CREDIT', 'SETTLEMENT_DEBIT', 'REVERSAL');

-- CreateEnum
CREATE TYPE "calendar_day_kind" AS ENUM ('HOLIDAY', 'MAKE_UP_WORKDAY');

-- CreateEnum
CREATE TYPE "actor_kind" AS ENUM ('CITIZEN', 'STAFF', 'ANONYMOUS', 'SYSTEM');

-- CreateTable
CREATE TABLE "service_point" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "service_point_kind" NOT NULL,
    "address" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "resident_id" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "sex" "sex" NOT NULL,
    "birth_date" DATE NOT NULL,
    "phone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citizen_credential" (
    "person_id" UUID NOT NULL,
    "password_hash" TEXT NOT NULL,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "elder_mode" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "citizen_credential_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "staff_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "staff_role" NOT NULL,
    "service_point_id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "kind" "session_kind" NOT NULL,
    "person_id" UUID,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "idle_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "absolute_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "client_address" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "person_id" UUID NOT NULL,
    "balance_fen" INTEGER NOT NULL DEFAULT 0,
    "opened_on" DATE NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "ledger_entry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "kind" "ledger_entry_kind" NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "balance_after_fen" INTEGER NOT NULL,
    "posted_at" TIMESTAMPTZ(3) NOT NULL,
    "description" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "reverses_entry_id" UUID,

    CONSTRAINT "ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contribution" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "month" CHAR(7) NOT NULL,
    "employer_credit_code" CHAR(18),
    "total_fen" INTEGER NOT NULL,
    "personal_account_fen" INTEGER NOT NULL,
    "collected_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "working_calendar_day" (
    "date" DATE NOT NULL,
    "kind" "calendar_day_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "notice" TEXT NOT NULL,

    CONSTRAINT "working_calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" "actor_kind" NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "subject_person_id" UUID,
    "result" TEXT NOT NULL,
    "client_address" TEXT,
    "detail" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_point_code_key" ON "service_point"("code");

-- CreateIndex
CREATE UNIQUE INDEX "person_resident_id_key" ON "person"("resident_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_user_username_key" ON "staff_user"("username");

-- CreateIndex
CREATE INDEX "staff_user_service_point_id_idx" ON "staff_user"("service_point_id");

-- CreateIndex
CREATE INDEX "session_person_id_idx" ON "session"("person_id");

-- CreateIndex
CREATE INDEX "session_staff_user_id_idx" ON "session"("staff_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entry_idempotency_key_key" ON "ledger_entry"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entry_reverses_entry_id_key" ON "ledger_entry"("reverses_entry_id");

-- CreateIndex
CREATE INDEX "ledger_entry_person_id_posted_at_id_idx" ON "ledger_entry"("person_id", "posted_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "contribution_person_id_month_key" ON "contribution"("person_id", "month");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_subject_person_id_occurred_at_idx" ON "audit_event"("subject_person_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "citizen_credential" ADD CONSTRAINT "citizen_credential_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_service_point_id_fkey" FOREIGN KEY ("service_point_id") REFERENCES "service_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "account"("person_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_reverses_entry_id_fkey" FOREIGN KEY ("reverses_entry_id") REFERENCES "ledger_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express, added by hand. Prisma's diff ignores
-- CHECK constraints, so later migrations neither repeat nor drop them.

-- A session belongs to exactly one citizen or one staff user, matching its kind.
ALTER TABLE "session" ADD CONSTRAINT "session_owner_matches_kind_check" CHECK (
    ("kind" = 'CITIZEN' AND "person_id" IS NOT NULL AND "staff_user_id" IS NULL)
    OR ("kind" = 'STAFF' AND "staff_user_id" IS NOT NULL AND "person_id" IS NULL)
);

-- The account never goes below zero (DOMAIN.md, "The account"); a debit that would overdraw it
-- fails here even if a service forgot to check.
ALTER TABLE "account" ADD CONSTRAINT "account_balance_fen_check" CHECK ("balance_fen" >= 0);
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_balance_after_fen_check" CHECK ("balance_after_fen" >= 0);

-- GB 11643-1999: 17 digits and a check character, stored upper-case.
ALTER TABLE "person" ADD CONSTRAINT "person_resident_id_check" CHECK ("resident_id" ~ '^[0-9]{17}[0-9X]$');

-- 'YYYY-MM'.
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_month_check" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
