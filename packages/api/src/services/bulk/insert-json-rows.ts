import { Prisma } from "@yibao/db";
import type { TransactionClient } from "../../context";

/** A column of a bulk insert: its name in the table and the SQL type its JSON value is read as. */
export type JsonColumns = Readonly<Record<string, string>>;

/**
 * Inserts many rows in one statement with one parameter: the rows as a JSON array, unpacked by
 * the database (`jsonb_to_recordset`). An employer's batch writes thousands of rows into several
 * tables; Prisma's `createMany` binds every value separately and takes seconds for 10,000 rows,
 * and the embedded PGlite's adapter cannot bind arrays for `unnest`. Table and column names are
 * constants of the caller, never input; every value travels inside the one JSON parameter.
 * `bytea` columns take base64 text.
 */
export async function insertJsonRows(
  writer: Pick<TransactionClient, "$executeRaw">,
  table: string,
  columns: JsonColumns,
  rows: readonly Record<string, unknown>[],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = Object.keys(columns);
  const quoted = (name: string) => `"${name}"`;
  const values = names.map((name) =>
    columns[name] === "bytea" ? `decode(r.${quoted(name)}, 'base64')` : `r.${quoted(name)}`,
  );
  const record = names
    .map((name) => `${quoted(name)} ${columns[name] === "bytea" ? "text" : columns[name]}`)
    .join(", ");
  return writer.$executeRaw`
    INSERT INTO ${Prisma.raw(quoted(table))} (${Prisma.raw(names.map(quoted).join(", "))})
    SELECT ${Prisma.raw(values.join(", "))}
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${Prisma.raw(record)})
    ${Prisma.raw(options.onConflictDoNothing ? "ON CONFLICT DO NOTHING" : "")}`;
}
