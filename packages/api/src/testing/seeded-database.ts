import { demoAccounts, seedDemoData } from "@yibao/db";
import { createTestDatabase, type TestDatabaseKind } from "@yibao/db/testing";

/** The moment the tests live in: a Wednesday morning in the county (10:00 in China). */
export const testNow = new Date("2026-11-25T02:00:00.000Z");

/**
 * A fresh database of the given kind with the demo county in it (seeded once per process and
 * copied for each caller), and a way to drop it.
 */
export async function createSeededDatabase(kind: TestDatabaseKind) {
  const testDatabase = await createTestDatabase(kind, {
    seeded: {
      key: "demo-county@testNow",
      seed: (database) => seedDemoData(database, { now: testNow }),
    },
  });
  return { ...testDatabase, demo: demoAccounts };
}
