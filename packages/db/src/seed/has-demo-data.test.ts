import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing";
import { hasDemoData } from "./has-demo-data";
import { seedDemoData } from "./seed-demo-data";

const now = new Date("2026-11-20T09:00:00+08:00");

describe.each(testDatabaseKinds())("hasDemoData() on %s", (kind) => {
  let test: TestDatabase | undefined;
  afterEach(async () => {
    await test?.drop();
    test = undefined;
  });

  async function freshDatabase() {
    test = await createTestDatabase(kind);
    return test.database;
  }

  it("finds the demo county once seeded", async () => {
    const database = await freshDatabase();
    await seedDemoData(database, { now });
    expect(await hasDemoData(database.prisma)).toBe(true);
  });

  it("finds no demo data in an empty database", async () => {
    const database = await freshDatabase();
    expect(await hasDemoData(database.prisma)).toBe(false);
  });

  it("finds the demo staff even when the marker is gone", async () => {
    const database = await freshDatabase();
    await seedDemoData(database, { now });
    await database.prisma.$executeRaw`DELETE FROM deployment_marker`;
    expect(await hasDemoData(database.prisma)).toBe(true);
  });

  it("finds the demo-data marker alone", async () => {
    const { prisma } = await freshDatabase();
    await prisma.$executeRaw`CREATE TABLE IF NOT EXISTS deployment_marker (key text PRIMARY KEY, value text)`;
    await prisma.$executeRaw`INSERT INTO deployment_marker (key, value) VALUES ('other', 'x')`;
    expect(await hasDemoData(prisma)).toBe(false);
    await prisma.$executeRaw`INSERT INTO deployment_marker (key, value) VALUES ('demo-data', 'x')`;
    expect(await hasDemoData(prisma)).toBe(true);
  });

  it("answers false, not an error, on a database migrated before the marker table", async () => {
    const { prisma } = await freshDatabase();
    await prisma.$executeRaw`DROP TABLE IF EXISTS deployment_marker`;
    expect(await hasDemoData(prisma)).toBe(false);
  });
});
