-- Resident ID numbers and phones are encrypted from here on, which SQL cannot do without the key
-- (the application holds it). Yibao had no deployment before this migration, only demo data: a
-- database holding people, staff or audit entries from before is refused with what to do.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "person") OR EXISTS (SELECT 1 FROM "staff_user") OR EXISTS (SELECT 1 FROM "audit_event") THEN
    RAISE EXCEPTION 'This database holds demo data from before identity numbers were encrypted. Delete the embedded database folder (.data/pglite) or drop and re-create the PostgreSQL database, then start Yibao again: the demo county is seeded anew.';
  END IF;
END $$;

-- CreateEnum
CREATE TYPE "session_stage" AS ENUM ('FULL', 'SECOND_FACTOR_ENROLMENT', 'PASSWORD_CHANGE');

-- CreateEnum
CREATE TYPE "verification_purpose" AS ENUM ('REGISTRATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "message_status" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterEnum
ALTER TYPE "staff_role" ADD VALUE 'SECURITY_OFFICER';

-- DropIndex
DROP INDEX "person_resident_id_key";

-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "actor_role" TEXT,
ADD COLUMN     "hash" BYTEA,
ADD COLUMN     "prev_hash" BYTEA,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "seq" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "citizen_credential" DROP COLUMN "failed_login_count",
DROP COLUMN "locked_until",
ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" BIGINT,
ADD COLUMN     "totp_pending_sealed" TEXT,
ADD COLUMN     "totp_secret_sealed" TEXT;

-- AlterTable
ALTER TABLE "person" DROP COLUMN "phone",
DROP COLUMN "resident_id",
ADD COLUMN     "phone_sealed" TEXT,
ADD COLUMN     "resident_id_index" CHAR(64) NOT NULL,
ADD COLUMN     "resident_id_sealed" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "session" ADD COLUMN     "stage" "session_stage" NOT NULL DEFAULT 'FULL';

-- AlterTable
ALTER TABLE "staff_user" DROP COLUMN "failed_login_count",
DROP COLUMN "locked_until",
ADD COLUMN     "demo_account" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "last_sign_in_at" TIMESTAMPTZ(3),
ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "password_changed_at" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "totp_enrolled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" BIGINT,
ADD COLUMN     "totp_pending_sealed" TEXT,
ADD COLUMN     "totp_secret_sealed" TEXT;

-- CreateTable
CREATE TABLE "password_history" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID,
    "staff_user_id" UUID,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "password_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID,
    "staff_user_id" UUID,
    "code_hash" CHAR(64) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "account_key" CHAR(64) NOT NULL,
    "client_key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "window_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),
    "lock_notified" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("account_key","client_key")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "verification_challenge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purpose" "verification_purpose" NOT NULL,
    "person_id" UUID,
    "code_hash" CHAR(64) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID,
    "phone_sealed" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "params_sealed" TEXT NOT NULL,
    "status" "message_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbound_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployment_marker" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "deployment_marker_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" INTEGER NOT NULL,
    "last_seq" BIGINT NOT NULL,
    "last_hash" BYTEA NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "password_history_person_id_created_at_idx" ON "password_history"("person_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "password_history_staff_user_id_created_at_idx" ON "password_history"("staff_user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "recovery_code_person_id_idx" ON "recovery_code"("person_id");

-- CreateIndex
CREATE INDEX "recovery_code_staff_user_id_idx" ON "recovery_code"("staff_user_id");

-- CreateIndex
CREATE INDEX "rate_limit_bucket_window_start_idx" ON "rate_limit_bucket"("window_start");

-- CreateIndex
CREATE INDEX "verification_challenge_person_id_created_at_idx" ON "verification_challenge"("person_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "outbound_message_created_at_id_idx" ON "outbound_message"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "outbound_message_person_id_idx" ON "outbound_message"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_seq_key" ON "audit_event"("seq");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_occurred_at_idx" ON "audit_event"("actor_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "person_resident_id_index_key" ON "person"("resident_id_index");

-- AddForeignKey
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_challenge" ADD CONSTRAINT "verification_challenge_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbound_message" ADD CONSTRAINT "outbound_message_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What Prisma's schema language cannot express, added by hand.

-- Each history row, recovery code belongs to exactly one account.
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_one_owner_check" CHECK (num_nonnulls("person_id", "staff_user_id") = 1);
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_one_owner_check" CHECK (num_nonnulls("person_id", "staff_user_id") = 1);

-- The blind index is a hex HMAC; a plain ID number can never be stored in its place.
ALTER TABLE "person" ADD CONSTRAINT "person_resident_id_index_check" CHECK ("resident_id_index" ~ '^[0-9a-f]{64}$');
-- Sealed values carry their format and key id ("v1.<key id>.<base64url>").
ALTER TABLE "person" ADD CONSTRAINT "person_resident_id_sealed_check" CHECK ("resident_id_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');
ALTER TABLE "person" ADD CONSTRAINT "person_phone_sealed_check" CHECK ("phone_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');
ALTER TABLE "outbound_message" ADD CONSTRAINT "outbound_message_phone_sealed_check" CHECK ("phone_sealed" ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$');

-- The audit trail (GB/T 22239-2019 8.1.4.3 c: audit records protected against deletion,
-- modification and overwriting). One head row holds the last sequence number and hash.
ALTER TABLE "audit_chain_head" ADD CONSTRAINT "audit_chain_head_single_check" CHECK ("id" = 1);
INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES (1, 0, sha256(convert_to('yibao audit chain', 'UTF8')));

-- The bytes an entry's hash covers: every column but the hashes, in a fixed order and format.
-- The chain verifier recomputes hashes with this same function.
CREATE FUNCTION "audit_event_canonical"(e "audit_event") RETURNS bytea LANGUAGE sql STABLE AS $$
  SELECT convert_to(concat_ws(E'\x1f',
    e."seq"::text,
    e."id"::text,
    to_char(e."occurred_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    e."actor_kind"::text,
    coalesce(e."actor_id", ''),
    coalesce(e."actor_role", ''),
    e."action",
    coalesce(e."subject_person_id"::text, ''),
    e."result",
    coalesce(e."reason", ''),
    coalesce(e."client_address", ''),
    coalesce(e."detail"::text, '')
  ), 'UTF8')
$$;

-- Numbers and chains each new entry. The head row's lock serialises writers until commit, so
-- sequence numbers follow commit order without gaps. SECURITY DEFINER: the application's
-- database role needs no right on the head row itself.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head "audit_chain_head"%ROWTYPE;
BEGIN
  SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  NEW."seq" := head."last_seq" + 1;
  NEW."prev_hash" := head."last_hash";
  NEW."hash" := sha256(head."last_hash" || "audit_event_canonical"(NEW));
  UPDATE "audit_chain_head" SET "last_seq" = NEW."seq", "last_hash" = NEW."hash" WHERE "id" = 1;
  RETURN NEW;
END
$$;
CREATE TRIGGER "audit_event_chain" BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();

-- Append-only, whoever asks: the application's role has no UPDATE or DELETE right either
-- (docs/security.md), and the owner must disable this trigger to tamper, which the chain shows.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();
CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
CREATE TRIGGER "audit_chain_head_no_delete" BEFORE DELETE ON "audit_chain_head" FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();
CREATE TRIGGER "audit_chain_head_no_truncate" BEFORE TRUNCATE ON "audit_chain_head" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
