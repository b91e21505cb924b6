import type { DataProtector } from "@yibao/db";
import { addMonths, residentIdCheckCharacter } from "@yibao/domain";
import type pg from "pg";
import { withoutKeys } from "./without-keys";

export interface AccountCountySize {
  people: number;
  institutions: number;
}

export interface GeneratedAccounts {
  /** Milliseconds spent per phase, in the order they ran. */
  phases: { name: string; ms: number }[];
  /** Rows per table once generated. */
  rows: Record<"person" | "contribution" | "settlement" | "ledger_entry", number>;
  /** The 12 contribution months, oldest first. */
  months: string[];
}

/**
 * Distinct sealed resident IDs. Sealing a million in Node takes minutes and tells the benchmark
 * nothing: every person gets one of these, sealed with the database's own protector, so every
 * summary opens a real sealed value. The blind index is a hash of the person's number instead of
 * the protector's, unique and well-formed; nobody signs in by ID number here.
 */
const sealedVariety = 4_096;
const batchSize = 100_000;
const tables = ["person", "account", "contribution", "settlement", "ledger_entry"];

/** The person's id, computed again wherever a later phase needs it. */
export const personIdSql = (n: string) => `md5('bench-person-' || ${n})::uuid`;

function residentIdOf(i: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20_000) * 86_400_000);
  const sequence = String(100 + Math.floor(i / 20_000)).padStart(3, "0");
  const first17 = `530125${birth.toISOString().slice(0, 10).replaceAll("-", "")}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

async function timed(
  phases: GeneratedAccounts["phases"],
  name: string,
  run: () => Promise<unknown>,
): Promise<void> {
  const started = performance.now();
  await run();
  phases.push({ name, ms: performance.now() - started });
  process.stderr.write(
    `generated: ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}

/** Runs `sql` once per batch of people, with $1 and $2 the batch's first and last number. */
async function inBatches(client: pg.Client, people: number, sql: string, values: unknown[] = []) {
  for (let lo = 1; lo <= people; lo += batchSize) {
    await client.query(sql, [lo, Math.min(lo + batchSize - 1, people), ...values]);
  }
}

// Person n earns a personal-account credit of 60–180 yuan a month, depending on the wage base.
const creditOf = (n: string) => `(6000 + (${n}::bigint * 7919) % 12001)`;

const peopleSql = `
  INSERT INTO person (id, resident_id_index, resident_id_sealed, name, sex, birth_date)
  SELECT ${personIdSql("n")},
         encode(sha256(convert_to('bench-resident-' || n, 'UTF8')), 'hex'),
         ($3::text[])[1 + n % $4::int],
         substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', 1 + n % 20, 1)
           || substr('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰', 1 + (n / 20) % 20, 1)
           || CASE WHEN n % 3 = 0 THEN '' ELSE substr('华建国红梅志玉海燕东春文辉平刚霞', 1 + n % 16, 1) END,
         CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END::sex,
         DATE '1950-01-01' + (n % 20000)
    FROM generate_series($1::int, $2::int) AS n`;

// One statement per batch writes the batch's year, each part from the rows the previous ones
// returned: a contribution a month, collected on the 15th at 10:00 China time; 0, 1 or 2 bills
// a month (45%, 30%, 25%) at one of the institutions, from the 16th, 08:00, over the next 11½
// days, each of 5–205 yuan, of which the account pays at most half the month's credit, so that
// the balance never goes below zero; every contribution credited and every bill debited in the
// ledger, in the order they happened, each with the balance after it and the posting function's
// key; the account, whose balance is the ledger's sum. `setseed` makes every run draw the same.
const historySql = `
  WITH d AS (
    SELECT n, ${personIdSql("n")} AS person_id, ${creditOf("n")} AS credit, m.month, m.k, random() AS r
      FROM generate_series($1::int, $2::int) AS n
     CROSS JOIN unnest($3::text[]) WITH ORDINALITY AS m(month, k)
  ), c AS (
    INSERT INTO contribution (person_id, month, employer_credit_code, total_fen, personal_account_fen, collected_at)
    SELECT person_id, month, NULL, credit * 4, credit,
           (month || '-15 10:00')::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM d
    RETURNING person_id, month, personal_account_fen, collected_at
  ), bills AS (
    SELECT d.person_id, d.credit, 'HIST-' || d.n || '-' || d.k || '-' || j AS terminal_transaction_id,
           500 + floor(random() * 20000)::int AS bill,
           i.ids[1 + floor(random() * array_length(i.ids, 1))::int] AS institution_id,
           (d.month || '-16 08:00')::timestamp AT TIME ZONE 'Asia/Shanghai'
             + make_interval(secs => floor(random() * 11.5 * 86400)) AS settled_at
      FROM d
     CROSS JOIN LATERAL generate_series(1, CASE WHEN d.r < 0.45 THEN 0 WHEN d.r < 0.75 THEN 1 ELSE 2 END) AS j
     CROSS JOIN (SELECT array_agg(id ORDER BY code) AS ids FROM designated_institution) i
  ), s AS (
    INSERT INTO settlement (person_id, institution_id, terminal_transaction_id, amount_fen,
                            from_account_fen, self_pay_fen, settled_at)
    SELECT person_id, institution_id, terminal_transaction_id, bill, least(bill, credit / 2),
           bill - least(bill, credit / 2), settled_at
      FROM bills
    RETURNING id, person_id, institution_id, from_account_fen, settled_at
  ), e AS (
    SELECT gen_random_uuid() AS id, person_id, 'CONTRIBUTION_CREDIT'::ledger_entry_kind AS kind,
           personal_account_fen AS amount_fen, collected_at AS posted_at,
           'contribution:' || person_id || ':' || month AS idempotency_key,
           month AS contribution_month, NULL::uuid AS settlement_id, NULL::uuid AS institution_id
      FROM c
    UNION ALL
    SELECT gen_random_uuid(), person_id, 'SETTLEMENT_DEBIT', -from_account_fen, settled_at,
           'settlement:' || id, NULL, id, institution_id
      FROM s
  ), a AS (
    INSERT INTO account (person_id, balance_fen, opened_on, updated_at)
    SELECT person_id, sum(amount_fen), (($3::text[])[1] || '-01')::date, max(posted_at)
      FROM e GROUP BY person_id
  )
  INSERT INTO ledger_entry (id, person_id, kind, amount_fen, balance_after_fen, posted_at,
                            idempotency_key, contribution_month, settlement_id, institution_id)
  SELECT id, person_id, kind, amount_fen,
         sum(amount_fen) OVER (PARTITION BY person_id ORDER BY posted_at, id),
         posted_at, idempotency_key, contribution_month, settlement_id, institution_id
    FROM e`;

/**
 * A county of `size.people` insured with a year of history, as it stands at `month`: each has an
 * account, a contribution for each of the 12 months before `month`, and the bills they paid at
 * the designated institutions since, with the ledger that adds up to the balance. Everything is
 * written by `INSERT … SELECT generate_series`, 100,000 people a statement, under the schema's
 * CHECKs; the keys and indexes of the five big tables are built after the load and the foreign
 * keys checked then (`withoutKeys`).
 */
export async function generateAccounts(
  client: pg.Client,
  protector: DataProtector,
  size: AccountCountySize,
  month: string,
): Promise<GeneratedAccounts> {
  const phases: GeneratedAccounts["phases"] = [];
  const months = Array.from({ length: 12 }, (_, k) => addMonths(month, k - 12));
  await timed(phases, "a service point and the designated institutions", async () => {
    await client.query(
      `INSERT INTO service_point (code, name, kind, address)
       VALUES ('SP00', '县医保服务中心', 'COUNTY_CENTRE', '城关镇1号')`,
    );
    await client.query(
      `INSERT INTO designated_institution (code, name, kind, address)
       SELECT CASE WHEN n % 5 = 0 THEN 'H' ELSE 'P' END || '530125' || lpad(n::text, 5, '0'),
              '云溪县第' || n || CASE WHEN n % 5 = 0 THEN '医院' ELSE '大药房' END,
              CASE WHEN n % 5 = 0 THEN 'HOSPITAL' ELSE 'PHARMACY' END::institution_kind,
              '城关镇' || n || '号'
         FROM generate_series(1, $1::int) AS n`,
      [size.institutions],
    );
  });
  const sealed: string[] = [];
  await timed(
    phases,
    `${sealedVariety.toLocaleString("en")} resident IDs sealed in Node`,
    async () => {
      for (let i = 0; i < sealedVariety; i += 1) {
        sealed.push(protector.seal(residentIdOf(i), "person.resident-id"));
      }
    },
  );
  const people = size.people.toLocaleString("en");
  // Each batch sorts a year of 100,000 people's entries for the running balance: in memory.
  await client.query("SET work_mem = '256MB'");
  const rebuilt = await withoutKeys(client, tables, async () => {
    await timed(phases, `${people} people`, () =>
      inBatches(client, size.people, peopleSql, [sealed, sealedVariety]),
    );
    await timed(phases, "their year: contributions, bills, ledger and accounts", async () => {
      await client.query("SELECT setseed(0.15)");
      await inBatches(client, size.people, historySql, [months]);
    });
  });
  phases.push({ name: "keys and indexes rebuilt, foreign keys checked", ms: rebuilt });
  await client.query("RESET work_mem");
  await timed(phases, "VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));

  const counts = await client.query<{ table: string; n: string }>(
    `SELECT 'person' AS table, count(*)::text AS n FROM person
     UNION ALL SELECT 'contribution', count(*)::text FROM contribution
     UNION ALL SELECT 'settlement', count(*)::text FROM settlement
     UNION ALL SELECT 'ledger_entry', count(*)::text FROM ledger_entry`,
  );
  const rows = Object.fromEntries(
    counts.rows.map((row) => [row.table, Number(row.n)]),
  ) as GeneratedAccounts["rows"];
  return { phases, rows, months };
}
