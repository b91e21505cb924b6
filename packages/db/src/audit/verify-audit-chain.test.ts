import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../create-database";
import { seedDemoData } from "../seed/seed-demo-data";
import { testDatabaseKinds, testPostgresUrl } from "../testing/config";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { verifyAuditChain } from "./verify-audit-chain";

const testNow = new Date("2026-11-25T02:00:00.000Z");

describe.each(testDatabaseKinds())("the audit trail on %s", (kind) => {
  let test: TestDatabase;
  const prisma = () => test.database.prisma;

  /** One entry as the login writes it (services/audit/record-audit-event.ts). */
  const recordLogin = (i: number) =>
    prisma().auditEvent.create({
      data: {
        occurredAt: new Date(testNow.getTime() + i * 1000),
        actorKind: i % 3 === 0 ? "ANONYMOUS" : "CITIZEN",
        actorId: i % 3 === 0 ? null : `person-${i}`,
        actorRole: i % 3 === 0 ? null : "INSURED",
        action: "auth.login",
        subjectPersonId: null,
        result: i % 2 === 0 ? "REFUSED" : "SUCCEEDED",
        clientAddress: "198.51.100.20",
        detail: i % 2 === 0 ? { reason: "WRONG_PASSWORD" } : { stage: "FULL" },
      },
    });

  /** What the owner can do after switching the append-only trigger off: it shows in the chain. */
  const asOwnerWithoutTriggers = (statements: string[], triggers = ["audit_event_append_only"]) =>
    prisma().$transaction(async (tx) => {
      for (const trigger of triggers) {
        await tx.$executeRawUnsafe(`ALTER TABLE audit_event DISABLE TRIGGER ${trigger}`);
      }
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
      for (const trigger of triggers) {
        await tx.$executeRawUnsafe(`ALTER TABLE audit_event ENABLE TRIGGER ${trigger}`);
      }
    });

  /** Takes entry `seq` out, asks the verifier, and puts the entry back exactly as it was. */
  async function verdictWithout(seq: number) {
    const backup = `audit_backup_${seq}`;
    await asOwnerWithoutTriggers([
      `CREATE TABLE ${backup} AS SELECT * FROM audit_event WHERE seq = ${seq}`,
      `DELETE FROM audit_event WHERE seq = ${seq}`,
    ]);
    const verdict = await verifyAuditChain(prisma());
    await asOwnerWithoutTriggers(
      [`INSERT INTO audit_event SELECT * FROM ${backup}`, `DROP TABLE ${backup}`],
      ["audit_event_chain"],
    );
    return verdict;
  }

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, { now: testNow });
    for (let i = 1; i <= 6; i++) await recordLogin(i);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("numbers and chains each entry as it is written", async () => {
    const entries = await prisma().auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(entries.map((entry) => Number(entry.seq))).toEqual([1, 2, 3, 4, 5, 6]);
    for (const [index, entry] of entries.entries()) {
      expect(entry.hash).toHaveLength(32);
      if (index > 0) expect(entry.prevHash).toEqual(entries[index - 1]?.hash);
    }
  });

  it("refuses UPDATE, DELETE and TRUNCATE of an entry, even to the tables' owner", async () => {
    for (const statement of [
      "UPDATE audit_event SET result = 'SUCCEEDED' WHERE seq = 2",
      "DELETE FROM audit_event WHERE seq = 2",
      "TRUNCATE audit_event",
      "DELETE FROM audit_chain_head",
      "TRUNCATE audit_chain_head",
    ]) {
      await expect(prisma().$executeRawUnsafe(statement), statement).rejects.toThrow(/append-only/);
    }
    expect(await prisma().auditEvent.count()).toBe(6);
  });

  it("finds the chain whole after the entries are written", async () => {
    await expect(verifyAuditChain(prisma())).resolves.toEqual({
      ok: true,
      checked: 6,
      firstBrokenSeq: null,
      problem: null,
    });
  });

  it("names an entry changed behind the trigger's back, and is whole again once it is put back", async () => {
    const original = await prisma().auditEvent.findUniqueOrThrow({ where: { seq: 3n } });
    const forged = original.result === "SUCCEEDED" ? "REFUSED" : "SUCCEEDED";
    await asOwnerWithoutTriggers([`UPDATE audit_event SET result = '${forged}' WHERE seq = 3`]);
    await expect(verifyAuditChain(prisma())).resolves.toEqual({
      ok: false,
      checked: 2,
      firstBrokenSeq: 3,
      problem: "HASH_MISMATCH",
    });
    await asOwnerWithoutTriggers([
      `UPDATE audit_event SET result = '${original.result}' WHERE seq = 3`,
    ]);
    await expect(verifyAuditChain(prisma())).resolves.toMatchObject({ ok: true, checked: 6 });
  });

  it("names the place of an entry deleted from the middle", async () => {
    const verdict = await verdictWithout(4);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBrokenSeq).toBe(4);
    expect(["LINK_BROKEN", "SEQUENCE_GAP"]).toContain(verdict.problem);
    await expect(verifyAuditChain(prisma())).resolves.toMatchObject({ ok: true, checked: 6 });
  });

  it("catches the last entry deleted by the chain's head", async () => {
    await expect(verdictWithout(6)).resolves.toEqual({
      ok: false,
      checked: 5,
      firstBrokenSeq: 6,
      problem: "HEAD_MISMATCH",
    });
    await expect(verifyAuditChain(prisma())).resolves.toMatchObject({ ok: true, checked: 6 });
  });

  // PGlite has one user, a superuser; privileges are PostgreSQL's to test.
  describe.skipIf(kind === "pglite")("the application's database role", () => {
    const role = `yibao_app_test_${randomBytes(4).toString("hex")}`;
    const password = randomBytes(16).toString("hex");
    let app: pg.Client;
    let appUrl: string;

    beforeAll(async () => {
      const url = new URL(test.databaseUrl ?? "");
      const database = url.pathname.slice(1);
      const tables = await prisma().$queryRaw<{ name: string }[]>`
        SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`;
      const appTables = tables
        .map(({ name }) => name)
        .filter(
          (name) => !["audit_event", "audit_chain_head", "_prisma_migrations"].includes(name),
        );
      for (const statement of [
        `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`,
        `GRANT CONNECT ON DATABASE "${database}" TO ${role}`,
        `GRANT USAGE ON SCHEMA public TO ${role}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ${appTables.map((name) => `"${name}"`).join(", ")} TO ${role}`,
        `GRANT SELECT, INSERT ON audit_event TO ${role}`,
        `GRANT SELECT ON audit_chain_head TO ${role}`,
      ]) {
        await prisma().$executeRawUnsafe(statement);
      }
      url.username = role;
      url.password = password;
      appUrl = url.toString();
      app = new pg.Client({ connectionString: appUrl });
      await app.connect();
    });
    afterAll(async () => {
      await app?.end();
      // The grants live in the test database; dropping it (afterAll above) would leave the role.
      await prisma().$executeRawUnsafe(`DROP OWNED BY ${role}`);
      const admin = new pg.Client({ connectionString: testPostgresUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP ROLE IF EXISTS ${role}`);
      } finally {
        await admin.end();
      }
    });

    it("appends an entry, chained by the SECURITY DEFINER trigger it has no right to run itself", async () => {
      await app.query(
        `INSERT INTO audit_event (occurred_at, actor_kind, action, result, client_address)
         VALUES ($1, 'ANONYMOUS', 'auth.login', 'REFUSED', '203.0.113.9')`,
        [new Date(testNow.getTime() + 60_000)],
      );
      const { rows } = await app.query<{ seq: string }>(
        "SELECT seq::text FROM audit_event ORDER BY seq DESC LIMIT 1",
      );
      expect(rows[0]?.seq).toBe("7");
      await expect(verifyAuditChain(prisma())).resolves.toMatchObject({ ok: true, checked: 7 });
    });

    it("verifies the chain through Prisma with these rights, as the auditor's check does", async () => {
      const asApp = await createDatabase({ databaseUrl: appUrl, poolSize: 1 });
      try {
        await expect(verifyAuditChain(asApp.prisma)).resolves.toMatchObject({ ok: true });
        expect(await asApp.prisma.person.count()).toBeGreaterThan(0);
      } finally {
        await asApp.close();
      }
    });

    it("is denied UPDATE, DELETE and TRUNCATE of the trail, and any change to its head", async () => {
      for (const statement of [
        "UPDATE audit_event SET result = 'SUCCEEDED' WHERE seq = 2",
        "DELETE FROM audit_event WHERE seq = 2",
        "TRUNCATE audit_event",
        "UPDATE audit_chain_head SET last_seq = 0",
        "INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (2, 0, '\\x00')",
      ]) {
        await expect(app.query(statement), statement).rejects.toMatchObject({
          code: "42501",
          message: expect.stringMatching(/^permission denied for table audit_(event|chain_head)$/),
        });
      }
    });
  });
});
