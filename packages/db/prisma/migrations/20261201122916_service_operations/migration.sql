-- CreateEnum
CREATE TYPE "rating_channel" AS ENUM ('COUNTER', 'ONLINE');

-- CreateEnum
CREATE TYPE "follow_up_outcome" AS ENUM ('RESOLVED', 'EXPLAINED', 'UNRESOLVED', 'UNREACHABLE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "application_status" ADD VALUE 'UNCOLLECTED';
ALTER TYPE "application_status" ADD VALUE 'RETURNED_TO_CENTRE';
ALTER TYPE "application_status" ADD VALUE 'EXPIRED';

-- AlterTable
ALTER TABLE "card_application" ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "pickup_days" INTEGER NOT NULL DEFAULT 180,
ADD COLUMN     "promise_working_days" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "recall_days" INTEGER NOT NULL DEFAULT 180;

-- AlterTable
ALTER TABLE "outbound_message" ADD COLUMN     "dedupe_key" TEXT,
ADD COLUMN     "last_attempt_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_error" TEXT,
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "working_calendar_year" (
    "year" INTEGER NOT NULL,
    "notice" TEXT NOT NULL,
    "entered_at" TIMESTAMPTZ(3) NOT NULL,
    "entered_by_id" UUID,

    CONSTRAINT "working_calendar_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "county_parameter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "effective_from" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" UUID,
    "reason" TEXT,

    CONSTRAINT "county_parameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "staff_user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "topic" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "dedupe_key" TEXT NOT NULL,

    CONSTRAINT "staff_notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_rating" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "service_point_id" UUID NOT NULL,
    "channel" "rating_channel" NOT NULL,
    "overall" INTEGER NOT NULL,
    "speed" INTEGER,
    "attitude" INTEGER,
    "ease" INTEGER,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating_follow_up" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "rating_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "due_date" DATE NOT NULL,
    "called_back_at" TIMESTAMPTZ(3),
    "outcome" "follow_up_outcome",
    "note" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_id" UUID,

    CONSTRAINT "rating_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "county_parameter_key_effective_from_key" ON "county_parameter"("key", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "staff_notification_dedupe_key_key" ON "staff_notification"("dedupe_key");

-- CreateIndex
CREATE INDEX "staff_notification_staff_user_id_created_at_id_idx" ON "staff_notification"("staff_user_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "service_rating_application_id_key" ON "service_rating"("application_id");

-- CreateIndex
CREATE INDEX "service_rating_service_point_id_created_at_idx" ON "service_rating"("service_point_id", "created_at");

-- CreateIndex
CREATE INDEX "service_rating_created_at_idx" ON "service_rating"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "rating_follow_up_rating_id_key" ON "rating_follow_up"("rating_id");

-- CreateIndex
CREATE INDEX "rating_follow_up_closed_at_due_date_idx" ON "rating_follow_up"("closed_at", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_message_dedupe_key_key" ON "outbound_message"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbound_message_status_next_attempt_at_idx" ON "outbound_message"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "staff_notification" ADD CONSTRAINT "staff_notification_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_rating" ADD CONSTRAINT "service_rating_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "card_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating_follow_up" ADD CONSTRAINT "rating_follow_up_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "service_rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Scores are 1 to 5 (好差评); a follow-up closes only with its call-back and outcome.
ALTER TABLE "service_rating" ADD CONSTRAINT "service_rating_scores_check" CHECK (
  "overall" BETWEEN 1 AND 5
  AND ("speed" IS NULL OR "speed" BETWEEN 1 AND 5)
  AND ("attitude" IS NULL OR "attitude" BETWEEN 1 AND 5)
  AND ("ease" IS NULL OR "ease" BETWEEN 1 AND 5)
);
ALTER TABLE "rating_follow_up" ADD CONSTRAINT "rating_follow_up_closed_check" CHECK (
  "closed_at" IS NULL OR ("called_back_at" IS NOT NULL AND "outcome" IS NOT NULL)
);

-- The years entered before the calendar had a table of its own: every year with days.
INSERT INTO "working_calendar_year" ("year", "notice", "entered_at")
SELECT EXTRACT(YEAR FROM "date")::int, MIN("notice"), now()
  FROM "working_calendar_day"
 GROUP BY 1;
