-- CreateEnum
CREATE TYPE "institution_kind" AS ENUM ('PHARMACY', 'HOSPITAL');

-- AlterEnum
ALTER TYPE "staff_role" ADD VALUE 'INSTITUTION_OPERATOR';

-- AlterTable
ALTER TABLE "ledger_entry" DROP COLUMN "description",
ADD COLUMN     "contribution_month" CHAR(7),
ADD COLUMN     "institution_id" UUID,
ADD COLUMN     "settlement_id" UUID;

-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "institution_id" UUID;

-- CreateTable
CREATE TABLE "employer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "credit_code" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designated_institution" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "institution_kind" NOT NULL,
    "address" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "designated_institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settlement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "terminal_transaction_id" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "from_account_fen" INTEGER NOT NULL,
    "self_pay_fen" INTEGER NOT NULL,
    "settled_at" TIMESTAMPTZ(3) NOT NULL,
    "settled_by" UUID,
    "ecard_token_id" TEXT,
    "reversed_at" TIMESTAMPTZ(3),
    "reversed_by" UUID,

    CONSTRAINT "settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ecard_token" (
    "id" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "ecard_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "employer_credit_code_key" ON "employer"("credit_code");

-- CreateIndex
CREATE UNIQUE INDEX "designated_institution_code_key" ON "designated_institution"("code");

-- CreateIndex
CREATE UNIQUE INDEX "settlement_ecard_token_id_key" ON "settlement"("ecard_token_id");

-- CreateIndex
CREATE INDEX "settlement_institution_id_settled_at_idx" ON "settlement"("institution_id", "settled_at" DESC);

-- CreateIndex
CREATE INDEX "settlement_person_id_settled_at_idx" ON "settlement"("person_id", "settled_at");

-- CreateIndex
CREATE UNIQUE INDEX "settlement_institution_id_terminal_transaction_id_key" ON "settlement"("institution_id", "terminal_transaction_id");

-- CreateIndex
CREATE INDEX "ecard_token_person_id_idx" ON "ecard_token"("person_id");

-- CreateIndex
CREATE INDEX "ecard_token_expires_at_idx" ON "ecard_token"("expires_at");

-- CreateIndex
CREATE INDEX "ledger_entry_settlement_id_idx" ON "ledger_entry"("settlement_id");

-- CreateIndex
CREATE INDEX "staff_user_institution_id_idx" ON "staff_user"("institution_id");

-- AddForeignKey
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "designated_institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_settlement_id_fkey" FOREIGN KEY ("settlement_id") REFERENCES "settlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "designated_institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlement" ADD CONSTRAINT "settlement_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlement" ADD CONSTRAINT "settlement_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "designated_institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ecard_token" ADD CONSTRAINT "ecard_token_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: the ledger's invariants, held by the database whoever writes
-- (DOMAIN.md, "The account": never below zero; every change an entry; the balance their sum).
-- (The balance and balance-after checks are the init migration's.)
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_facts" CHECK (
  CASE "kind"
    WHEN 'CONTRIBUTION_CREDIT' THEN "amount_fen" > 0 AND "contribution_month" IS NOT NULL
    WHEN 'SETTLEMENT_DEBIT' THEN "amount_fen" < 0 AND "settlement_id" IS NOT NULL AND "institution_id" IS NOT NULL
    WHEN 'REVERSAL' THEN "amount_fen" <> 0 AND "reverses_entry_id" IS NOT NULL
  END
);

-- Entries are never edited or deleted: a correction is a reversal (an entry of its own).
CREATE FUNCTION "ledger_entry_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the account ledger is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "ledger_entry_append_only" BEFORE UPDATE OR DELETE ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION "ledger_entry_refuse_change"();
CREATE TRIGGER "ledger_entry_no_truncate" BEFORE TRUNCATE ON "ledger_entry" FOR EACH STATEMENT EXECUTE FUNCTION "ledger_entry_refuse_change"();

-- A settlement's split adds up to the bill; once recorded, only its reversal (once) is written.
ALTER TABLE "settlement" ADD CONSTRAINT "settlement_split" CHECK (
  "amount_fen" > 0 AND "from_account_fen" >= 0 AND "self_pay_fen" >= 0
  AND "from_account_fen" + "self_pay_fen" = "amount_fen"
);
CREATE FUNCTION "settlement_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."reversed_at" IS NULL AND NEW."reversed_at" IS NOT NULL
     AND (NEW."id", NEW."person_id", NEW."institution_id", NEW."terminal_transaction_id",
          NEW."amount_fen", NEW."from_account_fen", NEW."self_pay_fen", NEW."settled_at",
          NEW."settled_by", NEW."ecard_token_id")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."person_id", OLD."institution_id", OLD."terminal_transaction_id",
          OLD."amount_fen", OLD."from_account_fen", OLD."self_pay_fen", OLD."settled_at",
          OLD."settled_by", OLD."ecard_token_id") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a settlement is recorded once and reversed at most once: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "settlement_append_only" BEFORE UPDATE OR DELETE ON "settlement" FOR EACH ROW EXECUTE FUNCTION "settlement_refuse_change"();

-- An institution operator belongs to exactly one institution, and nobody else to any.
-- (`role::text`: the enum value added above cannot be named in the same transaction.)
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_institution_of_operator" CHECK (
  ("role"::text = 'INSTITUTION_OPERATOR') = ("institution_id" IS NOT NULL)
);
