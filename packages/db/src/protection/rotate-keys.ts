import type { PrismaClient } from "../generated/prisma/client";
import type { DataProtector, SealBytesPurpose, SealPurpose } from "./data-protector";

/** Every sealed column: its table, key column and purpose. A new sealed column is added here. */
const sealedColumns: ReadonlyArray<{
  table: string;
  key: string;
  column: string;
  purpose: SealPurpose;
}> = [
  { table: "person", key: "id", column: "resident_id_sealed", purpose: "person.resident-id" },
  { table: "person", key: "id", column: "phone_sealed", purpose: "person.phone" },
  { table: "outbound_message", key: "id", column: "phone_sealed", purpose: "message.phone" },
  { table: "outbound_message", key: "id", column: "params_sealed", purpose: "message.params" },
  { table: "card_application", key: "id", column: "phone_sealed", purpose: "application.phone" },
  {
    table: "card_application",
    key: "id",
    column: "applicant_sealed",
    purpose: "application.applicant",
  },
  {
    table: "card_application_action",
    key: "id",
    column: "detail_sealed",
    purpose: "application.action",
  },
  { table: "staff_user", key: "id", column: "totp_secret_sealed", purpose: "totp.secret" },
  { table: "staff_user", key: "id", column: "totp_pending_sealed", purpose: "totp.secret" },
  {
    table: "citizen_credential",
    key: "person_id",
    column: "totp_secret_sealed",
    purpose: "totp.secret",
  },
  {
    table: "citizen_credential",
    key: "person_id",
    column: "totp_pending_sealed",
    purpose: "totp.secret",
  },
  {
    table: "employer_agent",
    key: "id",
    column: "resident_id_sealed",
    purpose: "agent.resident-id",
  },
  { table: "employer_agent", key: "id", column: "phone_sealed", purpose: "agent.phone" },
  { table: "employer_agent", key: "id", column: "totp_secret_sealed", purpose: "totp.secret" },
  { table: "employer_agent", key: "id", column: "totp_pending_sealed", purpose: "totp.secret" },
  {
    table: "employer_batch_row",
    key: "id",
    column: "resident_id_sealed",
    purpose: "batch-row.resident-id",
  },
  { table: "employer_batch_row", key: "id", column: "phone_sealed", purpose: "batch-row.phone" },
];

/** Every column of sealed bytes (whole files), read a few rows at a time: a file is up to 10 MB. */
const sealedByteColumns: ReadonlyArray<{
  table: string;
  key: string;
  column: string;
  purpose: SealBytesPurpose;
  batchSize: number;
}> = [{ table: "upload", key: "id", column: "bytes", purpose: "upload.bytes", batchSize: 8 }];

/**
 * Re-seals every value made with an older key with the current one, in batches of `batchSize`
 * rows, each batch its own short transaction, so the service keeps running meanwhile. A row
 * changed by the application between read and write is left for the next pass (the update is
 * conditional on the old value). Answers how many values were re-sealed, per column.
 */
export async function rotateKeys(
  database: { prisma: PrismaClient; protector: DataProtector },
  options: { batchSize?: number; onBatch?: (column: string, count: number) => void } = {},
): Promise<Record<string, number>> {
  const { prisma, protector } = database;
  const batchSize = options.batchSize ?? 500;
  const current = `v1.${protector.currentKeyId}.%`;
  const done: Record<string, number> = {};
  for (const { table, key, column, purpose } of sealedColumns) {
    const name = `${table}.${column}`;
    done[name] = 0;
    for (;;) {
      const rows = await prisma.$queryRawUnsafe<Array<{ id: string; sealed: string }>>(
        `SELECT ${key}::text AS id, ${column} AS sealed FROM ${table}
          WHERE ${column} IS NOT NULL AND ${column} NOT LIKE $1
          ORDER BY ${key} LIMIT $2`,
        current,
        batchSize,
      );
      if (rows.length === 0) break;
      let changed = 0;
      await prisma.$transaction(async (tx) => {
        for (const row of rows) {
          const resealed = protector.seal(protector.open(row.sealed, purpose), purpose);
          changed += await tx.$executeRawUnsafe(
            `UPDATE ${table} SET ${column} = $1 WHERE ${key}::text = $2 AND ${column} = $3`,
            resealed,
            row.id,
            row.sealed,
          );
        }
      });
      done[name] += changed;
      options.onBatch?.(name, changed);
    }
  }
  const currentHeader = Buffer.from(`v1.${protector.currentKeyId}.`, "ascii");
  for (const { table, key, column, purpose, batchSize: rowsAtOnce } of sealedByteColumns) {
    const name = `${table}.${column}`;
    done[name] = 0;
    for (;;) {
      // A file kept before files were sealed is as long as it was sent: it is sealed now.
      const rows = await prisma.$queryRawUnsafe<
        Array<{ id: string; sealed: Uint8Array; plain: boolean }>
      >(
        `SELECT ${key}::text AS id, ${column} AS sealed, octet_length(${column}) = byte_count AS plain
           FROM ${table}
          WHERE substring(${column} FROM 1 FOR $1) <> $2 OR octet_length(${column}) = byte_count
          ORDER BY ${key} LIMIT $3`,
        currentHeader.length,
        currentHeader,
        Math.min(rowsAtOnce, batchSize),
      );
      if (rows.length === 0) break;
      let changed = 0;
      await prisma.$transaction(async (tx) => {
        for (const row of rows) {
          const plain = row.plain
            ? Buffer.from(row.sealed)
            : protector.openBytes(row.sealed, purpose);
          const resealed = protector.sealBytes(plain, purpose);
          changed += await tx.$executeRawUnsafe(
            `UPDATE ${table} SET ${column} = $1 WHERE ${key}::text = $2 AND ${column} = $3`,
            resealed,
            row.id,
            Buffer.from(row.sealed),
          );
        }
      });
      done[name] += changed;
      options.onBatch?.(name, changed);
    }
  }
  return done;
}
