import type { Database } from "@yibao/db";
import type { ApiContext, CookieJar } from "../context";
import { appRouter } from "../root-router";
import { createOutboxMessageGateway } from "../services/messages/outbox-message-gateway";
import { createCallerFactory } from "../trpc";
import { createTestJobPort, type TestJobPort } from "./test-job-port";

/** A browser's cookie store, for calling the API as one browser would. */
export function createMemoryCookieJar(): CookieJar & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (name) => values.get(name),
    set: (name, value) => {
      values.set(name, value);
    },
    clear: (name) => {
      values.delete(name);
    },
  };
}

/** A settable clock, so tests can let 30 minutes pass in a moment. */
export function createTestClock(start: Date) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advanceMinutes(minutes: number) {
      current += minutes * 60_000;
    },
    advanceSeconds(seconds: number) {
      current += seconds * 1000;
    },
  };
}

const createCaller = createCallerFactory(appRouter);

/** Calls the router in-process as one browser: its own cookies, the given clock and address. */
export function createTestCaller(
  database: Pick<Database, "prisma" | "protector">,
  options: {
    now: () => Date;
    cookies?: CookieJar;
    clientAddress?: string | null;
    production?: boolean;
    /** Where the jobs the calls send wait to be run; a fresh one when omitted. */
    jobs?: TestJobPort;
  },
) {
  const cookies = options.cookies ?? createMemoryCookieJar();
  const jobs = options.jobs ?? createTestJobPort(database);
  const context: ApiContext = {
    prisma: database.prisma,
    protector: database.protector,
    messages: createOutboxMessageGateway(database.protector),
    now: options.now,
    cookies,
    clientAddress: options.clientAddress === undefined ? "127.0.0.1" : options.clientAddress,
    logger: { error: () => undefined, warn: () => undefined },
    production: options.production ?? false,
    jobs: jobs.port,
  };
  return { caller: createCaller(context), cookies, jobs, context };
}
