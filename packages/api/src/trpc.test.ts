import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { ApiContext } from "./context";
import { sessionCookieNames } from "./context";
import { newSessionToken } from "./services/auth/session-token";
import { citizenProcedure, createCallerFactory, router } from "./trpc";

// A procedure that forgets the claim: it answers without the session's statement.
const forgetful = router({
  leak: citizenProcedure("account:read", { session: "in-query" }).query(() => "李秀兰"),
  write: citizenProcedure("account:read", { session: "in-query" }).mutation(() => "done"),
});

function contextWithCookie(token: string | undefined): ApiContext {
  // Whatever the tier touches beyond the cookie fails the test.
  const untouchable = new Proxy(
    {},
    {
      get() {
        throw new Error("the database was not to be touched");
      },
    },
  ) as never;
  return {
    prisma: untouchable,
    protector: untouchable,
    messages: untouchable,
    jobs: untouchable,
    now: () => new Date("2026-11-25T02:00:00.000Z"),
    cookies: {
      get: (name) => (name === sessionCookieNames.CITIZEN ? token : undefined),
      set: () => undefined,
      clear: () => undefined,
    },
    clientAddress: "127.0.0.1",
    logger: { error: () => undefined, warn: () => undefined },
    production: false,
  };
}

async function failureOf(call: Promise<unknown>): Promise<TRPCError> {
  const failure = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(failure instanceof TRPCError)) throw new Error("the call answered");
  return failure;
}

describe('citizenProcedure(permission, { session: "in-query" })', () => {
  const caller = (token: string | undefined) =>
    createCallerFactory(forgetful)(contextWithCookie(token));

  it("refuses a missing or malformed cookie before any statement", async () => {
    expect((await failureOf(caller(undefined).leak())).code).toBe("UNAUTHORIZED");
    expect((await failureOf(caller("not-a-token").leak())).code).toBe("UNAUTHORIZED");
  });

  it("withholds the answer of a service that never admitted its session", async () => {
    const failure = await failureOf(caller(newSessionToken()).leak());
    expect(failure.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(failure)).not.toContain("李秀兰");
  });

  it("serves queries only: a write is rate limited per actor before it runs", async () => {
    expect((await failureOf(caller(newSessionToken()).write())).code).toBe("INTERNAL_SERVER_ERROR");
  });
});
