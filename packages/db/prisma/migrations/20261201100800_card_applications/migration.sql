-- CreateEnum
CREATE TYPE "application_kind" AS ENUM ('FIRST_ISSUE', 'REPLACEMENT');

-- CreateEnum
CREATE TYPE "application_channel" AS ENUM ('COUNTY_CENTRE', 'SERVICE_POINT', 'ONLINE', 'EMPLOYER');

-- CreateEnum
CREATE TYPE "applicant_kind" AS ENUM ('SELF', 'AGENT', 'GUARDIAN');

-- CreateEnum
CREATE TYPE "application_status" AS ENUM ('SUBMITTED', 'NEEDS_MATERIALS', 'REFUSED', 'WITHDRAWN', 'APPROVED', 'IN_PRODUCTION', 'PRODUCTION_FAILED', 'READY_FOR_PICKUP', 'COLLECTED');

-- CreateEnum
CREATE TYPE "card_status" AS ENUM ('ACTIVE', 'REPORTED_LOST', 'CANCELLED');

-- AlterTable
ALTER TABLE "service_point" ADD COLUMN     "opening_hours" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "card_application" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "application_kind" NOT NULL,
    "replacement_reason" TEXT,
    "channel" "application_channel" NOT NULL,
    "applicant_kind" "applicant_kind" NOT NULL,
    "applicant_sealed" TEXT,
    "service_point_id" UUID NOT NULL,
    "phone_sealed" TEXT,
    "status" "application_status" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "clock_started_on" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "due_date_provisional" BOOLEAN NOT NULL,
    "ready_at" TIMESTAMPTZ(3),
    "pickup_by" DATE,
    "closed_at" TIMESTAMPTZ(3),
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "card_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card_application_action" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "application_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_kind" "actor_kind" NOT NULL,
    "actor_id" TEXT,
    "service_point_id" UUID,
    "detail" JSONB,
    "detail_sealed" TEXT,

    CONSTRAINT "card_application_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card_photo" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "card_photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "status" "card_status" NOT NULL,
    "application_id" UUID,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "reported_lost_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),

    CONSTRAINT "card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citizen_notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "topic" TEXT NOT NULL,
    "application_id" UUID,
    "facts" JSONB NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "dedupe_key" TEXT NOT NULL,

    CONSTRAINT "citizen_notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "card_application_reference_key" ON "card_application"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "card_application_idempotency_key_key" ON "card_application"("idempotency_key");

-- CreateIndex
CREATE INDEX "card_application_service_point_id_status_due_date_id_idx" ON "card_application"("service_point_id", "status", "due_date", "id");

-- CreateIndex
CREATE INDEX "card_application_status_due_date_id_idx" ON "card_application"("status", "due_date", "id");

-- CreateIndex
CREATE INDEX "card_application_person_id_submitted_at_idx" ON "card_application"("person_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "card_application_action_person_id_idx" ON "card_application_action"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "card_application_action_application_id_seq_key" ON "card_application_action"("application_id", "seq");

-- CreateIndex
CREATE INDEX "card_photo_application_id_idx" ON "card_photo"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "card_number_key" ON "card"("number");

-- CreateIndex
CREATE UNIQUE INDEX "card_application_id_key" ON "card"("application_id");

-- CreateIndex
CREATE INDEX "card_person_id_idx" ON "card"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "citizen_notification_dedupe_key_key" ON "citizen_notification"("dedupe_key");

-- CreateIndex
CREATE INDEX "citizen_notification_person_id_created_at_id_idx" ON "citizen_notification"("person_id", "created_at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_service_point_id_fkey" FOREIGN KEY ("service_point_id") REFERENCES "service_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_application_action" ADD CONSTRAINT "card_application_action_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "card_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_photo" ADD CONSTRAINT "card_photo_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "card_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card" ADD CONSTRAINT "card_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card" ADD CONSTRAINT "card_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "card_application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_notification" ADD CONSTRAINT "citizen_notification_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What Prisma's schema language cannot express, added by hand (DOMAIN.md, "Getting a card").

-- One person holds at most one active card, and at most one open application.
CREATE UNIQUE INDEX "card_one_active_per_person" ON "card"("person_id") WHERE "status" = 'ACTIVE';
CREATE UNIQUE INDEX "card_application_one_open_per_person" ON "card_application"("person_id")
  WHERE "status" NOT IN ('REFUSED', 'WITHDRAWN', 'COLLECTED');

-- Personal data in applications is sealed like the person's own ("v1.<key id>.<base64url>").
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_phone_sealed_check" CHECK ("phone_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_applicant_sealed_check" CHECK ("applicant_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');
-- An agent or a guardian always comes with their sealed details; the person themself never does.
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_applicant_details_check" CHECK (("applicant_kind" = 'SELF') = ("applicant_sealed" IS NULL));
ALTER TABLE "card_application" ADD CONSTRAINT "card_application_version_check" CHECK ("version" >= 1);
ALTER TABLE "card_photo" ADD CONSTRAINT "card_photo_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

-- Receipt numbers (受理编号) and card numbers are drawn from sequences: short, unique, typeable.
CREATE SEQUENCE "card_application_reference_seq";
CREATE SEQUENCE "card_number_seq" START 10000001;
ALTER TABLE "card_application_action" ADD CONSTRAINT "card_application_action_detail_sealed_check" CHECK ("detail_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');
