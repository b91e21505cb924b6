import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createDatabase,
  type Database,
  demoAccounts,
  migrateDatabase,
  seedDemoData,
} from "@yibao/db";
import { createTestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestCodeSentTo } from "../../testing/read-outbox";
import { testNow } from "../../testing/seeded-database";
import { createTestCaller } from "../../testing/test-caller";

const hasPgDump = spawnSync("pg_dump", ["--version"]).status === 0;

/** Every file under `dir`, concatenated: what a stolen disk holds. */
function filesUnder(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name))),
  );
}

/** What a database holds as it lies: PGlite's data directory (tables and WAL), or a pg_dump. */
async function openAtRest(kind: "pglite" | "postgres") {
  if (kind === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "yibao-at-rest-"));
    const database = await createDatabase({ pgliteDir: dir });
    await migrateDatabase(database);
    return {
      database,
      /** Closes the database, so every page is on disk, and reads the directory. */
      async bytes() {
        await database.close();
        return filesUnder(dir);
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const test = await createTestDatabase("postgres");
  return {
    database: test.database,
    async bytes() {
      const dump = spawnSync("pg_dump", ["--no-owner", test.databaseUrl ?? ""], {
        maxBuffer: 256 * 1024 * 1024,
      });
      if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr.toString()}`);
      return dump.stdout;
    },
    drop: () => test.drop(),
  };
}

describe.each(testDatabaseKinds())("personal data at rest on %s", (kind) => {
  let atRest: Awaited<ReturnType<typeof openAtRest>>;
  /** The resident ID numbers and phones of everyone in the database, opened with the key. */
  let plainValues: string[];
  let peopleCount = 0;
  let phoneCount = 0;
  /** The audit trail and the outbox, every column as text, as Prisma reads them. */
  let auditAndOutbox: string[];
  let bytes: Buffer | null = null;

  beforeAll(async () => {
    atRest = await openAtRest(kind);
    const database: Database = atRest.database;
    await seedDemoData(database, { now: testNow });

    // 张伟 registers: his phone and a code go through the outbox, his sign-in into the audit.
    const { caller } = createTestCaller(database, { now: () => testNow });
    const zhangWei = demoAccounts.unregisteredInsured;
    const { challengeId } = await caller.auth.citizenRegistration.start(zhangWei);
    await caller.auth.citizenRegistration.complete({
      challengeId,
      code: await latestCodeSentTo(database, zhangWei.phone),
      password: "Qz7!yunxi-river",
    });

    const people = await database.prisma.person.findMany({
      select: { residentIdSealed: true, phoneSealed: true },
    });
    peopleCount = people.length;
    phoneCount = people.filter((person) => person.phoneSealed !== null).length;
    plainValues = people.flatMap((person) => [
      database.protector.open(person.residentIdSealed, "person.resident-id"),
      ...(person.phoneSealed ? [database.protector.open(person.phoneSealed, "person.phone")] : []),
    ]);
    const rows = await database.prisma.$queryRaw<{ row: string }[]>`
      SELECT to_jsonb(a)::text AS row FROM audit_event a
      UNION ALL SELECT to_jsonb(m)::text FROM outbound_message m`;
    auditAndOutbox = rows.map(({ row }) => row);
    if (kind === "pglite" || hasPgDump) bytes = await atRest.bytes();
  });
  afterAll(async () => {
    await atRest?.drop();
  });

  it("knows every demo resident's ID number and phone, so the search below is real", () => {
    expect(peopleCount).toBeGreaterThanOrEqual(5);
    expect(plainValues).toHaveLength(peopleCount + phoneCount);
    expect(plainValues).toContain(demoAccounts.activeInsured.residentId);
  });

  const dumpTest = kind === "postgres" && !hasPgDump ? it.skip : it;
  dumpTest(
    kind === "pglite"
      ? "leaves no ID number or phone in PGlite's files, though the names are there"
      : `leaves no ID number or phone in a pg_dump, though the names are there${hasPgDump ? "" : " (skipped: pg_dump is not on PATH)"}`,
    () => {
      if (!bytes) throw new Error("the database's bytes were not read");
      // The names are kept in plain text: the dump is readable, not compressed or encrypted whole.
      expect(bytes.includes(Buffer.from(demoAccounts.activeInsured.name))).toBe(true);
      const found = plainValues.filter((value) => bytes?.includes(Buffer.from(value)));
      expect(found).toEqual([]);
    },
  );

  it("keeps no ID number or phone in the audit trail or the outbox", () => {
    expect(auditAndOutbox.length).toBeGreaterThan(0);
    const found = plainValues.filter((value) => auditAndOutbox.some((row) => row.includes(value)));
    expect(found).toEqual([]);
  });
});
