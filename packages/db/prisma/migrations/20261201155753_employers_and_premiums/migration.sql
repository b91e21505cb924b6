-- CreateEnum
CREATE TYPE "batch_status" AS ENUM ('CHECKING', 'CHECKED', 'FILE_REFUSED', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "collection_status" AS ENUM ('CHECKED', 'CREDITED', 'FILE_REFUSED');

-- AlterEnum
ALTER TYPE "actor_kind" ADD VALUE 'EMPLOYER';

-- AlterEnum
ALTER TYPE "application_status" ADD VALUE 'WITH_EMPLOYER';

-- AlterEnum
ALTER TYPE "session_kind" ADD VALUE 'EMPLOYER';

-- AlterTable
ALTER TABLE "card_application" ADD COLUMN     "batch_row_id" UUID,
ADD COLUMN     "employer_id" UUID;

-- AlterTable
ALTER TABLE "contribution" ADD COLUMN     "collection_id" UUID,
ADD COLUMN     "employer_fen" INTEGER,
ADD COLUMN     "personal_fen" INTEGER,
ADD COLUMN     "receipt_number" TEXT,
ADD COLUMN     "wage_base_fen" INTEGER;

-- AlterTable
ALTER TABLE "employer" ADD COLUMN     "cancelled_on" DATE,
ADD COLUMN     "check_exception_reason" TEXT,
ADD COLUMN     "registered_on" DATE;

-- AlterTable
ALTER TABLE "password_history" ADD COLUMN     "employer_agent_id" UUID;

-- AlterTable
ALTER TABLE "recovery_code" ADD COLUMN     "employer_agent_id" UUID;

-- AlterTable
ALTER TABLE "session" ADD COLUMN     "employer_agent_id" UUID;

-- CreateTable
CREATE TABLE "employer_agent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employer_id" UUID NOT NULL,
    "resident_id_index" CHAR(64) NOT NULL,
    "resident_id_sealed" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone_sealed" TEXT,
    "password_hash" TEXT NOT NULL,
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "must_change_password" BOOLEAN NOT NULL DEFAULT true,
    "demo_account" BOOLEAN NOT NULL DEFAULT false,
    "totp_secret_sealed" TEXT,
    "totp_enabled_at" TIMESTAMPTZ(3),
    "totp_last_step" BIGINT,
    "totp_pending_sealed" TEXT,
    "authorised_from" DATE NOT NULL,
    "authorised_until" DATE NOT NULL,
    "authorised_by" UUID,
    "letter_upload_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employer_agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "from_month" CHAR(7) NOT NULL,
    "to_month" CHAR(7),
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT,

    CONSTRAINT "employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "individual_payer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "scheme" TEXT NOT NULL,
    "registered_on" DATE NOT NULL,
    "cancelled_on" DATE,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "individual_payer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payer_registration_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employer_id" UUID,
    "person_id" UUID,
    "kind" TEXT NOT NULL,
    "effective_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" UUID,
    "detail" JSONB,

    CONSTRAINT "payer_registration_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "upload" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sha256" CHAR(64) NOT NULL,
    "byte_count" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "file_name" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL,
    "uploaded_by_kind" "actor_kind" NOT NULL,
    "uploaded_by_id" TEXT NOT NULL,
    "employer_id" UUID,

    CONSTRAINT "upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employer_batch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employer_id" UUID NOT NULL,
    "agent_id" UUID NOT NULL,
    "upload_id" UUID NOT NULL,
    "photos_upload_id" UUID,
    "letter_upload_id" UUID,
    "sha256" CHAR(64) NOT NULL,
    "status" "batch_status" NOT NULL,
    "progress_done" INTEGER NOT NULL DEFAULT 0,
    "progress_total" INTEGER NOT NULL DEFAULT 0,
    "file_error_code" TEXT,
    "row_count" INTEGER,
    "valid_count" INTEGER,
    "submitted_at" TIMESTAMPTZ(3),
    "submit_idempotency_key" TEXT,
    "submitted_valid_only" BOOLEAN,
    "decision" TEXT,
    "decision_reason" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employer_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employer_batch_row" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "batch_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "resident_id_index" CHAR(64),
    "resident_id_sealed" TEXT,
    "phone_sealed" TEXT,
    "service_point_text" TEXT,
    "service_point_id" UUID,
    "has_photo" BOOLEAN NOT NULL DEFAULT false,
    "errors" JSONB NOT NULL,
    "warnings" JSONB,
    "person_id" UUID,

    CONSTRAINT "employer_batch_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "premium_collection" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "upload_id" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "status" "collection_status" NOT NULL,
    "file_error_code" TEXT,
    "report" JSONB,
    "checked_at" TIMESTAMPTZ(3) NOT NULL,
    "checked_by" UUID NOT NULL,
    "credit_idempotency_key" TEXT,
    "credited_at" TIMESTAMPTZ(3),
    "credited_by" UUID,
    "credited_count" INTEGER,
    "credited_fen" INTEGER,

    CONSTRAINT "premium_collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resident_payment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "cover_year" INTEGER NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "paid_at" TIMESTAMPTZ(3) NOT NULL,
    "cover_starts_on" DATE NOT NULL,
    "receipt_number" TEXT NOT NULL,
    "collection_id" UUID,

    CONSTRAINT "resident_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employer_id" UUID,
    "person_id" UUID,
    "ground" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "opened_by" UUID NOT NULL,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "supervision_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_entry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "decision" TEXT,

    CONSTRAINT "supervision_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "employer_agent_employer_id_resident_id_index_key" ON "employer_agent"("employer_id", "resident_id_index");

-- CreateIndex
CREATE INDEX "employment_employer_id_from_month_idx" ON "employment"("employer_id", "from_month");

-- CreateIndex
CREATE INDEX "employment_person_id_idx" ON "employment"("person_id");

-- CreateIndex
CREATE INDEX "individual_payer_person_id_idx" ON "individual_payer"("person_id");

-- CreateIndex
CREATE INDEX "payer_registration_event_employer_id_recorded_at_idx" ON "payer_registration_event"("employer_id", "recorded_at");

-- CreateIndex
CREATE INDEX "payer_registration_event_person_id_recorded_at_idx" ON "payer_registration_event"("person_id", "recorded_at");

-- CreateIndex
CREATE INDEX "upload_uploaded_by_id_uploaded_at_idx" ON "upload"("uploaded_by_id", "uploaded_at");

-- CreateIndex
CREATE UNIQUE INDEX "employer_batch_submit_idempotency_key_key" ON "employer_batch"("submit_idempotency_key");

-- CreateIndex
CREATE INDEX "employer_batch_employer_id_created_at_idx" ON "employer_batch"("employer_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "employer_batch_status_created_at_idx" ON "employer_batch"("status", "created_at");

-- CreateIndex
CREATE INDEX "employer_batch_row_resident_id_index_idx" ON "employer_batch_row"("resident_id_index");

-- CreateIndex
CREATE UNIQUE INDEX "employer_batch_row_batch_id_row_number_key" ON "employer_batch_row"("batch_id", "row_number");

-- CreateIndex
CREATE UNIQUE INDEX "premium_collection_credit_idempotency_key_key" ON "premium_collection"("credit_idempotency_key");

-- CreateIndex
CREATE INDEX "premium_collection_checked_at_idx" ON "premium_collection"("checked_at");

-- CreateIndex
CREATE UNIQUE INDEX "resident_payment_receipt_number_key" ON "resident_payment"("receipt_number");

-- CreateIndex
CREATE UNIQUE INDEX "resident_payment_person_id_cover_year_key" ON "resident_payment"("person_id", "cover_year");

-- CreateIndex
CREATE INDEX "supervision_case_employer_id_idx" ON "supervision_case"("employer_id");

-- CreateIndex
CREATE INDEX "supervision_case_person_id_idx" ON "supervision_case"("person_id");

-- CreateIndex
CREATE INDEX "supervision_entry_case_id_recorded_at_idx" ON "supervision_entry"("case_id", "recorded_at");

-- CreateIndex
CREATE UNIQUE INDEX "card_application_batch_row_id_key" ON "card_application"("batch_row_id");

-- CreateIndex
CREATE INDEX "card_application_employer_id_status_idx" ON "card_application"("employer_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "contribution_receipt_number_key" ON "contribution"("receipt_number");

-- CreateIndex
CREATE INDEX "contribution_month_idx" ON "contribution"("month");

-- CreateIndex
CREATE INDEX "contribution_employer_credit_code_month_idx" ON "contribution"("employer_credit_code", "month");

-- CreateIndex
CREATE INDEX "session_employer_agent_id_idx" ON "session"("employer_agent_id");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_employer_agent_id_fkey" FOREIGN KEY ("employer_agent_id") REFERENCES "employer_agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "premium_collection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_agent" ADD CONSTRAINT "employer_agent_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_agent" ADD CONSTRAINT "employer_agent_letter_upload_id_fkey" FOREIGN KEY ("letter_upload_id") REFERENCES "upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employment" ADD CONSTRAINT "employment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employment" ADD CONSTRAINT "employment_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_payer" ADD CONSTRAINT "individual_payer_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payer_registration_event" ADD CONSTRAINT "payer_registration_event_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_batch" ADD CONSTRAINT "employer_batch_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_batch" ADD CONSTRAINT "employer_batch_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "employer_agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_batch_row" ADD CONSTRAINT "employer_batch_row_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "employer_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resident_payment" ADD CONSTRAINT "resident_payment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_case" ADD CONSTRAINT "supervision_case_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_entry" ADD CONSTRAINT "supervision_entry_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "supervision_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_employer_agent_id_fkey" FOREIGN KEY ("employer_agent_id") REFERENCES "employer_agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_employer_agent_id_fkey" FOREIGN KEY ("employer_agent_id") REFERENCES "employer_agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_batch_row_id_fkey" FOREIGN KEY ("batch_row_id") REFERENCES "employer_batch_row"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand.
-- A session belongs to exactly one citizen, staff user or employer's agent, matching its kind
-- (`kind::text`: the enum value added above cannot be named in the same transaction).
ALTER TABLE "session" DROP CONSTRAINT "session_owner_matches_kind_check";
ALTER TABLE "session" ADD CONSTRAINT "session_owner_matches_kind_check" CHECK (
    ("kind"::text = 'CITIZEN' AND "person_id" IS NOT NULL AND "staff_user_id" IS NULL AND "employer_agent_id" IS NULL)
    OR ("kind"::text = 'STAFF' AND "staff_user_id" IS NOT NULL AND "person_id" IS NULL AND "employer_agent_id" IS NULL)
    OR ("kind"::text = 'EMPLOYER' AND "employer_agent_id" IS NOT NULL AND "person_id" IS NULL AND "staff_user_id" IS NULL)
);
ALTER TABLE "password_history" DROP CONSTRAINT "password_history_one_owner_check";
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_one_owner_check" CHECK (num_nonnulls("person_id", "staff_user_id", "employer_agent_id") = 1);
ALTER TABLE "recovery_code" DROP CONSTRAINT "recovery_code_one_owner_check";
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_one_owner_check" CHECK (num_nonnulls("person_id", "staff_user_id", "employer_agent_id") = 1);

ALTER TABLE "employer_agent" ADD CONSTRAINT "employer_agent_resident_id_sealed_check" CHECK ("resident_id_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');
ALTER TABLE "employer_agent" ADD CONSTRAINT "employer_agent_authorised_period_check" CHECK ("authorised_from" <= "authorised_until");
ALTER TABLE "employment" ADD CONSTRAINT "employment_months_check" CHECK (
  "from_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND ("to_month" IS NULL OR ("to_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND "to_month" >= "from_month"))
);
ALTER TABLE "individual_payer" ADD CONSTRAINT "individual_payer_scheme_check" CHECK ("scheme" IN ('FLEXIBLE_EMPLOYMENT', 'RESIDENT'));
ALTER TABLE "upload" ADD CONSTRAINT "upload_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "upload" ADD CONSTRAINT "upload_size_check" CHECK ("byte_count" = octet_length("bytes") AND "byte_count" <= 10485760);
ALTER TABLE "employer_batch" ADD CONSTRAINT "employer_batch_progress_check" CHECK ("progress_done" >= 0 AND "progress_done" <= "progress_total");
ALTER TABLE "employer_batch" ADD CONSTRAINT "employer_batch_decision_check" CHECK ("decision" IS NULL OR "decision" IN ('ACCEPTED', 'REJECTED'));
ALTER TABLE "employer_batch_row" ADD CONSTRAINT "employer_batch_row_sealed_check" CHECK (
  ("resident_id_sealed" IS NULL OR "resident_id_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$')
  AND ("phone_sealed" IS NULL OR "phone_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$')
);
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_parts_check" CHECK (
  ("personal_fen" IS NULL OR "personal_fen" >= 0) AND ("employer_fen" IS NULL OR "employer_fen" >= 0)
  AND ("wage_base_fen" IS NULL OR "wage_base_fen" >= 0) AND "personal_account_fen" >= 0
);
ALTER TABLE "resident_payment" ADD CONSTRAINT "resident_payment_amount_check" CHECK ("amount_fen" > 0);
ALTER TABLE "supervision_case" ADD CONSTRAINT "supervision_case_payer_check" CHECK (num_nonnulls("employer_id", "person_id") = 1);
ALTER TABLE "supervision_case" ADD CONSTRAINT "supervision_case_ground_check" CHECK ("ground" IN ('ARREARS', 'WAGE_BASE_BELOW_FLOOR', 'REPORT'));
ALTER TABLE "supervision_entry" ADD CONSTRAINT "supervision_entry_kind_check" CHECK ("kind" IN ('INSPECTION', 'FINDING', 'DECISION'));
ALTER TABLE "payer_registration_event" ADD CONSTRAINT "payer_registration_event_kind_check" CHECK ("kind" IN ('REGISTERED', 'CHANGED', 'CANCELLED'));
ALTER TABLE "payer_registration_event" ADD CONSTRAINT "payer_registration_event_payer_check" CHECK (num_nonnulls("employer_id", "person_id") = 1);

-- Records of supervision and registration are never edited or deleted (the tax issue: "Nothing is
-- ever deleted"); a correction is a new entry.
CREATE FUNCTION "record_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "supervision_entry_append_only" BEFORE UPDATE OR DELETE ON "supervision_entry" FOR EACH ROW EXECUTE FUNCTION "record_refuse_change"();
CREATE TRIGGER "supervision_case_no_delete" BEFORE DELETE ON "supervision_case" FOR EACH ROW EXECUTE FUNCTION "record_refuse_change"();
CREATE TRIGGER "payer_registration_event_append_only" BEFORE UPDATE OR DELETE ON "payer_registration_event" FOR EACH ROW EXECUTE FUNCTION "record_refuse_change"();
