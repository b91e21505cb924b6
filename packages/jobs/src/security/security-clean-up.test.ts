import type { Database } from "@yibao/db";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityCleanUp } from "./security-clean-up";

const now = new Date("2026-11-25T02:00:00.000Z");
const hours = (count: number) => count * 60 * 60_000;
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

async function insertSession(
  database: Database,
  id: string,
  personId: string,
  expires: { idle: Date; absolute: Date },
) {
  await database.prisma.session.create({
    data: {
      id,
      kind: "CITIZEN",
      personId,
      lastSeenAt: at(-hours(1)),
      idleExpiresAt: expires.idle,
      absoluteExpiresAt: expires.absolute,
    },
  });
}

async function insertThrottle(
  database: Database,
  clientKey: string,
  windowStartsAt: Date,
  lockedUntil: Date | null,
) {
  await database.prisma.loginThrottle.create({
    data: { accountKey: "a".repeat(64), clientKey, attempts: 5, windowStartsAt, lockedUntil },
  });
}

async function insertChallenge(database: Database, personId: string, createdAt: Date) {
  const challenge = await database.prisma.verificationChallenge.create({
    data: {
      purpose: "REGISTRATION",
      personId,
      codeHash: "c".repeat(64),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 5 * 60_000),
    },
  });
  return challenge.id;
}

describe.each(testDatabaseKinds())("the security.clean-up job on %s", (kind) => {
  let test: TestDatabase;
  let recentChallenge: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const { database } = test;
    // A well-formed resident ID number that nobody in the county holds.
    const residentId = "11010519491231002X";
    const person = await database.prisma.person.create({
      data: {
        residentIdIndex: database.protector.residentIdIndex(residentId),
        residentIdSealed: database.protector.seal(residentId, "person.resident-id"),
        name: "测试",
        sex: "F",
        birthDate: new Date("1960-03-01"),
      },
    });
    await insertSession(database, "idle-expired", person.id, {
      idle: at(-1),
      absolute: at(hours(8)),
    });
    await insertSession(database, "idle-ends-now", person.id, {
      idle: now,
      absolute: at(hours(8)),
    });
    await insertSession(database, "absolute-expired", person.id, {
      idle: at(hours(1)),
      absolute: at(-1),
    });
    await insertSession(database, "live", person.id, {
      idle: at(hours(1)),
      absolute: at(hours(8)),
    });

    await database.prisma.rateLimitBucket.createMany({
      data: [
        { key: "old", windowStart: at(-hours(25)), hits: 3 },
        { key: "this-morning", windowStart: at(-hours(23)), hits: 3 },
      ],
    });

    await insertThrottle(database, "old-lock-ended", at(-hours(25)), at(-hours(24)));
    await insertThrottle(database, "old-never-locked", at(-hours(25)), null);
    await insertThrottle(database, "old-still-locked", at(-hours(25)), at(hours(1)));
    await insertThrottle(database, "recent-lock-ended", at(-hours(2)), at(-hours(1)));

    await insertChallenge(database, person.id, at(-hours(25)));
    recentChallenge = await insertChallenge(database, person.id, at(-hours(23)));

    await database.prisma.ecardToken.createMany({
      data: [
        {
          id: "expired-yesterday",
          personId: person.id,
          issuedAt: at(-hours(25)),
          expiresAt: at(-hours(25) + 60_000),
        },
        {
          id: "expired-a-minute-ago",
          personId: person.id,
          issuedAt: at(-120_000),
          expiresAt: at(-60_000),
        },
      ],
    });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("deletes exactly the expired and spent rows and keeps the live ones", async () => {
    const { database } = test;
    const output = await securityCleanUp.run({ database, now });

    expect(output).toEqual({
      sessions: 3,
      rateLimitBuckets: 1,
      loginThrottles: 2,
      verificationChallenges: 1,
      ecardTokens: 1,
    });
    const { prisma } = database;
    expect(
      (await prisma.ecardToken.findMany({ select: { id: true } })).map((row) => row.id),
    ).toEqual(["expired-a-minute-ago"]);
    expect((await prisma.session.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([
      "live",
    ]);
    expect(
      (await prisma.rateLimitBucket.findMany({ select: { key: true } })).map((row) => row.key),
    ).toEqual(["this-morning"]);
    const throttles = await prisma.loginThrottle.findMany({
      select: { clientKey: true },
      orderBy: { clientKey: "asc" },
    });
    expect(throttles.map((row) => row.clientKey)).toEqual([
      "old-still-locked",
      "recent-lock-ended",
    ]);
    const challenges = await prisma.verificationChallenge.findMany({ select: { id: true } });
    expect(challenges.map((row) => row.id)).toEqual([recentChallenge]);
  });

  it("deletes nothing when run again at the same moment", async () => {
    expect(await securityCleanUp.run({ database: test.database, now })).toEqual({
      sessions: 0,
      rateLimitBuckets: 0,
      loginThrottles: 0,
      verificationChallenges: 0,
      ecardTokens: 0,
    });
  });
});
