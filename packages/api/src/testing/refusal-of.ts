import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { appRouter } from "../root-router";

/** A refused call as the client receives it: the server's error formatter applied. */
export interface Refusal {
  code: number;
  message: string;
  data: { domainCode: string; httpStatus: number; path?: string } & Record<string, unknown>;
}

/**
 * Awaits a call that must be refused and answers the error shape a browser would get over HTTP
 * (the in-process caller throws the raw TRPCError, before the formatter). Throws if it succeeds.
 */
export async function refusalOf(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return getErrorShape({
      config: appRouter._def._config,
      error,
      type: "mutation",
      path: undefined,
      input: undefined,
      ctx: undefined,
    }) as Refusal;
  }
  throw new Error("expected the call to be refused, but it succeeded");
}
