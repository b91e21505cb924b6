import { createDataProtector, readProtectionConfig } from "@yibao/db";
import pg from "pg";

/** One step of the floor, in ms. */
export interface FloorStep {
  name: string;
  ms: number;
}

export interface Floor {
  sealing: FloorStep[];
  writing: FloorStep[];
}

// A sealed value as long as the county's (`v1.<key>.<base64url of iv ‖ 18 bytes ‖ mac>`).
const sealedLength = 100;

async function timed(steps: FloorStep[], name: string, run: () => unknown): Promise<void> {
  const started = performance.now();
  await run();
  steps.push({ name, ms: performance.now() - started });
}

/**
 * The least any check + submit of `rows` new employees must do beyond the ceiling's guard, parse
 * and row checks, whatever its code (docs/benchmarks.md, "Employer batch", "The floor"):
 *
 * - **sealing**, with the county's own protector: for the check, each row's blind index and its
 *   ID and phone sealed for the batch row (the report and the submit, perhaps days later, read
 *   them back); for the submit, each ID and phone opened and sealed again for the person, and
 *   the phone for the application (a purpose is bound into each value's MAC). No inbox notice or
 *   text message, which the project also writes;
 * - **writing**, on the seeded county in one transaction rolled back at the end: the rows the
 *   domain needs to exist after the submit — the batch row, the person (增员), the employment,
 *   the application and its SUBMIT action, the batch row pointing at its person — each table's
 *   rows made by the database itself (`INSERT … SELECT FROM generate_series`: no values sent, no
 *   parsing), into the real tables with their keys, unique indexes and foreign keys.
 */
export async function measureFloor(databaseUrl: string, rows: number): Promise<Floor> {
  const protector = createDataProtector(readProtectionConfig({}, { production: false }));
  const ids = Array.from({ length: rows }, (_, k) => `5301252003${String(k).padStart(8, "0")}`);
  const phones = Array.from({ length: rows }, (_, k) => `139${String(k).padStart(8, "0")}`);
  const sealing: FloorStep[] = [];
  let batchIds: string[] = [];
  let batchPhones: string[] = [];
  await timed(sealing, "check: blind index, ID and phone sealed for the batch row", () => {
    ids.forEach((id) => {
      protector.residentIdIndex(id);
    });
    batchIds = ids.map((id) => protector.seal(id, "batch-row.resident-id"));
    batchPhones = phones.map((phone) => protector.seal(phone, "batch-row.phone"));
  });
  await timed(sealing, "submit: opened, sealed for the person and the application", () => {
    batchIds.forEach((sealed) => {
      protector.seal(protector.open(sealed, "batch-row.resident-id"), "person.resident-id");
    });
    batchPhones.forEach((sealed) => {
      const phone = protector.open(sealed, "batch-row.phone");
      protector.seal(phone, "person.phone");
      protector.seal(phone, "application.phone");
    });
  });

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const writing: FloorStep[] = [];
  // The shape the tables' CHECK constraints ask of a sealed value.
  const sealed = `'v1.floor.' || repeat('x', ${sealedLength - 9})`;
  const step = (name: string, sql: string) => timed(writing, name, () => client.query(sql, [rows]));
  try {
    await client.query("BEGIN");
    await client.query(`
      CREATE TEMP TABLE floor_batch ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, e.id AS employer_id, a.id AS agent_id,
             (SELECT id FROM upload LIMIT 1) AS upload_id
        FROM employer e JOIN employer_agent a ON a.employer_id = e.id LIMIT 1`);
    await client.query(`
      INSERT INTO employer_batch (id, employer_id, agent_id, upload_id, sha256, status, created_at)
      SELECT id, employer_id, agent_id, upload_id, repeat('0', 64), 'CHECKED', now() FROM floor_batch`);
    await step(
      "check: the batch rows",
      `INSERT INTO employer_batch_row (id, batch_id, row_number, name, resident_id_index,
              resident_id_sealed, phone_sealed, has_photo, errors)
       SELECT gen_random_uuid(), b.id, g + 1, '员工' || g,
              encode(sha256(('floor' || g)::bytea), 'hex'), ${sealed}, ${sealed}, false, '[]'::jsonb
         FROM floor_batch b, generate_series(1, $1) g`,
    );
    await step(
      "submit: the people (增员)",
      `INSERT INTO person (id, resident_id_index, resident_id_sealed, name, sex, birth_date, phone_sealed)
       SELECT gen_random_uuid(), encode(sha256(('floor-person' || r.row_number)::bytea), 'hex'),
              ${sealed}, r.name, 'F', DATE '2003-03-01', ${sealed}
         FROM employer_batch_row r JOIN floor_batch b ON r.batch_id = b.id
        WHERE r.row_number <= $1`,
    );
    await step(
      "submit: the batch rows point at their people",
      `UPDATE employer_batch_row r SET person_id = p.id
         FROM person p, floor_batch b
        WHERE r.batch_id = b.id AND r.row_number <= $1
          AND p.resident_id_index = encode(sha256(('floor-person' || r.row_number)::bytea), 'hex')`,
    );
    await step(
      "submit: the employments",
      `INSERT INTO employment (id, person_id, employer_id, from_month, recorded_at, recorded_by)
       SELECT gen_random_uuid(), r.person_id, b.employer_id, '2026-11', now(), b.agent_id::text
         FROM employer_batch_row r JOIN floor_batch b ON r.batch_id = b.id
        WHERE r.row_number <= $1`,
    );
    await step(
      "submit: the applications",
      `INSERT INTO card_application (id, person_id, reference, kind, channel, applicant_kind,
              service_point_id, phone_sealed, status, version, submitted_at, clock_started_on,
              due_date, due_date_provisional, employer_id, batch_row_id)
       SELECT gen_random_uuid(), r.person_id, 'FLOOR' || lpad(r.row_number::text, 8, '0'),
              'FIRST_ISSUE', 'EMPLOYER', 'SELF', (SELECT id FROM service_point LIMIT 1), ${sealed},
              'SUBMITTED', 2, now(), DATE '2026-11-25', DATE '2026-11-30', false, b.employer_id, r.id
         FROM employer_batch_row r JOIN floor_batch b ON r.batch_id = b.id
        WHERE r.row_number <= $1`,
    );
    await step(
      "submit: their SUBMIT actions",
      `INSERT INTO card_application_action (id, application_id, person_id, seq, action, at,
              actor_kind, actor_id, detail)
       SELECT gen_random_uuid(), a.id, a.person_id, 1, 'SUBMIT', now(), 'EMPLOYER', 'floor',
              jsonb_build_object('receiptNumber', a.reference)
         FROM card_application a JOIN employer_batch_row r ON a.batch_row_id = r.id
         JOIN floor_batch b ON r.batch_id = b.id
        WHERE r.row_number <= $1`,
    );
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
  return { sealing, writing };
}
