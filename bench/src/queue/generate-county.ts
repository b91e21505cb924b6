import type { DataProtector } from "@yibao/db";
import { residentIdCheckCharacter } from "@yibao/domain";
import type pg from "pg";

export interface CountySize {
  servicePoints: number;
  people: number;
}

export interface GeneratedCounty {
  /** Milliseconds spent per phase, in the order they ran. */
  phases: { name: string; ms: number }[];
  /** The street service point with the most applications: where the clerk of the benchmark works. */
  busiestServicePointId: string;
  /** The county centre, where the county clerk works. */
  countyCentreId: string;
}

const surnames =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const givenNames =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅志强玉兰海燕晓东春梅文辉";
const batchSize = 10_000;

async function timed<T>(
  phases: GeneratedCounty["phases"],
  name: string,
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await run();
  phases.push({ name, ms: performance.now() - started });
  return result;
}

/** The i-th person's resident ID: a county of Hunan, a birth date between 1950 and 2004, a valid check character. */
function residentIdOf(i: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20_000) * 86_400_000);
  const sequence = String(100 + Math.floor(i / 20_000)).padStart(3, "0");
  const first17 = `430621${birth.toISOString().slice(0, 10).replaceAll("-", "")}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

function nameOf(i: number): string {
  const surname = surnames[i % surnames.length];
  const given = givenNames[Math.floor(i / surnames.length) % givenNames.length];
  const second = i % 3 === 0 ? "" : givenNames[(i * 7) % givenNames.length];
  return `${surname}${given}${second}`;
}

/**
 * People, sealed one by one with the database's own protector (so every queue row opens as in
 * production), written 10,000 at a time through `unnest` of arrays: one statement per batch.
 */
async function insertPeople(client: pg.Client, protector: DataProtector, count: number) {
  for (let start = 0; start < count; start += batchSize) {
    const ids: string[] = [];
    const indexes: string[] = [];
    const sealed: string[] = [];
    const names: string[] = [];
    const sexes: string[] = [];
    const births: string[] = [];
    for (let i = start; i < Math.min(start + batchSize, count); i += 1) {
      const residentId = residentIdOf(i);
      ids.push(crypto.randomUUID());
      indexes.push(protector.residentIdIndex(residentId));
      sealed.push(protector.seal(residentId, "person.resident-id"));
      names.push(nameOf(i));
      sexes.push(Number(residentId[16]) % 2 === 1 ? "M" : "F");
      births.push(
        `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`,
      );
    }
    await client.query(
      `INSERT INTO person (id, resident_id_index, resident_id_sealed, name, sex, birth_date)
       SELECT * FROM unnest($1::uuid[], $2::char(64)[], $3::text[], $4::text[], $5::sex[], $6::date[])`,
      [ids, indexes, sealed, names, sexes, births],
    );
  }
}

/**
 * A county's card applications at `today`: one per person, across the service points, in the
 * proportions below; due dates spread over ±30 days, and some of the applications still on the
 * clock already past theirs. `setseed` makes every run draw the same county.
 */
const applicationsSql = `
  WITH points AS (
    SELECT id, kind, row_number() OVER (ORDER BY code) - 1 AS n FROM service_point
  ), drawn AS (
    SELECT p.id AS person_id, row_number() OVER (ORDER BY p.id) AS n,
           random() AS r_point, random() AS r_street, random() AS r_status,
           random() AS r_late, random() AS r_days, random() AS r_channel
      FROM person p
  ), placed AS (
    SELECT d.*,
           CASE WHEN r_status < 0.25 THEN 'SUBMITTED'
                WHEN r_status < 0.28 THEN 'NEEDS_MATERIALS'
                WHEN r_status < 0.38 THEN 'APPROVED'
                WHEN r_status < 0.53 THEN 'IN_PRODUCTION'
                WHEN r_status < 0.54 THEN 'PRODUCTION_FAILED'
                WHEN r_status < 0.70 THEN 'READY_FOR_PICKUP'
                WHEN r_status < 0.92 THEN 'COLLECTED'
                WHEN r_status < 0.97 THEN 'REFUSED'
                ELSE 'WITHDRAWN' END::application_status AS status,
           -- 10% at the county centre, 15% at the busiest street point, the rest spread evenly.
           CASE WHEN r_point < 0.10 THEN 0
                WHEN r_point < 0.25 THEN 1
                ELSE 2 + floor(r_street * ($2::int - 2))::int END AS point_n
      FROM drawn d
  ), dated AS (
    SELECT pl.*,
           $1::date + CASE
             WHEN status IN ('SUBMITTED', 'APPROVED', 'IN_PRODUCTION', 'PRODUCTION_FAILED')
               THEN CASE WHEN r_late < 0.12 THEN -1 - floor(r_days * 30)::int
                         ELSE floor(r_days * 31)::int END
             ELSE floor(r_days * 61)::int - 30 END AS due
      FROM placed pl
  )
  INSERT INTO card_application (id, person_id, reference, kind, channel, applicant_kind,
      service_point_id, status, submitted_at, clock_started_on, due_date, due_date_provisional,
      ready_at, pickup_by, closed_at)
  SELECT gen_random_uuid(), d.person_id, 'BENCH' || lpad(d.n::text, 8, '0'),
         CASE WHEN d.n % 10 = 0 THEN 'REPLACEMENT' ELSE 'FIRST_ISSUE' END::application_kind,
         (ARRAY['COUNTY_CENTRE', 'SERVICE_POINT', 'ONLINE', 'EMPLOYER'])[1 + floor(d.r_channel * 4)::int]::application_channel,
         'SELF', pt.id, d.status,
         (d.due - 5)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '9 hours',
         d.due - 5, d.due, false,
         CASE WHEN d.status IN ('READY_FOR_PICKUP', 'COLLECTED') THEN (d.due - 1)::timestamptz END,
         CASE WHEN d.status IN ('READY_FOR_PICKUP', 'COLLECTED') THEN d.due + 90 END,
         CASE WHEN d.status IN ('COLLECTED', 'REFUSED', 'WITHDRAWN') THEN d.due::timestamptz END
    FROM dated d JOIN points pt ON pt.n = d.point_n`;

const actionsSql = `
  INSERT INTO card_application_action (application_id, person_id, seq, action, at, actor_kind, service_point_id)
  SELECT a.id, a.person_id, 1, 'SUBMIT', a.submitted_at,
         CASE WHEN a.channel = 'ONLINE' THEN 'CITIZEN' ELSE 'STAFF' END::actor_kind,
         a.service_point_id
    FROM card_application a`;

/** Fills a fresh, migrated database with a county of the given size, as it stands at `today`. */
export async function generateCounty(
  client: pg.Client,
  protector: DataProtector,
  size: CountySize,
  today: string,
): Promise<GeneratedCounty> {
  const phases: GeneratedCounty["phases"] = [];
  await timed(phases, `${size.servicePoints} service points`, () =>
    client.query(
      `INSERT INTO service_point (code, name, kind, address)
       SELECT 'SP' || lpad(n::text, 2, '0'),
              CASE WHEN n = 0 THEN '县医保服务中心' ELSE '第' || n || '街道医保服务点' END,
              CASE WHEN n = 0 THEN 'COUNTY_CENTRE' ELSE 'SERVICE_POINT' END::service_point_kind,
              '城关镇' || (n + 1) || '号'
         FROM generate_series(0, $1::int - 1) AS n`,
      [size.servicePoints],
    ),
  );
  await timed(phases, `${size.people.toLocaleString("en")} people, sealed in Node`, () =>
    insertPeople(client, protector, size.people),
  );
  await timed(phases, "one application per person (INSERT … SELECT)", async () => {
    await client.query("SELECT setseed(0.42)");
    await client.query(applicationsSql, [today, size.servicePoints]);
  });
  await timed(phases, "one action per application (INSERT … SELECT)", () =>
    client.query(actionsSql),
  );
  await timed(phases, "VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
  const points = await client.query<{ id: string; code: string }>(
    "SELECT id, code FROM service_point WHERE code IN ('SP00', 'SP01') ORDER BY code",
  );
  const [centre, busiest] = points.rows;
  if (!centre || !busiest) throw new Error("The generated county has no SP00 and SP01.");
  return { phases, busiestServicePointId: busiest.id, countyCentreId: centre.id };
}
