import type { Database } from "@yibao/db";
import { newSessionExpiry } from "@yibao/domain";
import { sessionCookieNames } from "../access/actor-registry";
import { newSessionToken, sessionIdFor } from "../services/auth/session-token";
import { createTestCaller } from "./test-caller";
import type { TestJobPort } from "./test-job-port";

async function agentIdOf(
  database: Pick<Database, "prisma" | "protector">,
  account: { creditCode: string; residentId: string },
): Promise<string> {
  const agent = await database.prisma.employerAgent.findFirstOrThrow({
    where: {
      employer: { creditCode: account.creditCode },
      residentIdIndex: database.protector.residentIdIndex(account.residentId),
    },
    select: { id: true },
  });
  return agent.id;
}

/** A demo account: staff by username, an insured person by ID number, an agent by both codes. */
export type DemoAccount =
  | { username: string }
  | { residentId: string }
  | { creditCode: string; residentId: string };

/**
 * A caller holding a live, fully open session of a demo account, written straight into the
 * database: for tests about what a role may do, where signing in (argon2, a TOTP step) for every
 * call would only slow them down.
 */
export async function callerWithSession(
  database: Pick<Database, "prisma" | "protector">,
  account: DemoAccount,
  now: Date,
  options: { jobs?: TestJobPort } = {},
) {
  const { kind, token } = await sessionFor(database, account, now);
  const test = createTestCaller(database, { now: () => now, ...options });
  test.cookies.set(sessionCookieNames[kind], token);
  return test;
}

/** The `Cookie` header of a live session of a demo account: for tests over HTTP. */
export async function sessionCookieFor(
  database: Pick<Database, "prisma" | "protector">,
  account: DemoAccount,
  now: Date,
): Promise<string> {
  const { kind, token } = await sessionFor(database, account, now);
  return `${sessionCookieNames[kind]}=${token}`;
}

async function sessionFor(
  database: Pick<Database, "prisma" | "protector">,
  account: DemoAccount,
  now: Date,
) {
  const token = newSessionToken();
  const expiry = newSessionExpiry(now);
  const owner =
    "creditCode" in account
      ? { kind: "EMPLOYER" as const, employerAgentId: await agentIdOf(database, account) }
      : "username" in account
        ? {
            kind: "STAFF" as const,
            staffUserId: (
              await database.prisma.staffUser.findUniqueOrThrow({
                where: { username: account.username },
              })
            ).id,
          }
        : {
            kind: "CITIZEN" as const,
            personId: (
              await database.prisma.person.findUniqueOrThrow({
                where: { residentIdIndex: database.protector.residentIdIndex(account.residentId) },
              })
            ).id,
          };
  await database.prisma.session.create({
    data: {
      id: sessionIdFor(token),
      ...owner,
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: expiry.idleExpiresAt,
      absoluteExpiresAt: expiry.absoluteExpiresAt,
    },
  });
  return { kind: owner.kind, token };
}
