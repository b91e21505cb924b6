import { initTRPC, TRPCError } from "@trpc/server";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Listening, listen } from "./testing/listen";
import { sendRequest } from "./testing/send-request";
import { trpcRoute } from "./trpc-route";

interface Context {
  calls: string[];
}

// A router with each kind of answer, its message replaced as the API's formatter does.
const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    message: error.code,
    data: { ...shape.data, cause: error.cause instanceof z.ZodError ? "zod" : null },
  }),
});
const router = t.router({
  hello: t.procedure.query(() => ({ greeting: "你好" })),
  echo: t.procedure.input(z.object({ n: z.number() })).query(({ input }) => input),
  count: t.procedure
    .input(z.object({ n: z.number() }))
    .mutation(({ input, ctx }) => ctx.calls.push(String(input.n))),
  refused: t.procedure.mutation(() => {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS" });
  }),
  broken: t.procedure.query(() => {
    throw new Error("a bug");
  }),
});

const requests: Array<{ name: string; method: string; path: string; body?: string }> = [
  { name: "a query over GET", method: "GET", path: "/hello" },
  { name: "a query over POST (the apps' method override)", method: "POST", path: "/hello" },
  { name: "input in ?input=", method: "GET", path: `/echo?input=${encodeURIComponent('{"n":1}')}` },
  { name: "input that is not JSON", method: "GET", path: "/echo?input=%7Bnot" },
  { name: "no input where one is needed", method: "GET", path: "/echo" },
  { name: "input as the body", method: "POST", path: "/echo", body: '{"n":2}' },
  { name: "an empty body", method: "POST", path: "/echo", body: "" },
  { name: "a body that is not JSON", method: "POST", path: "/echo", body: "{not json" },
  { name: "input the schema refuses", method: "POST", path: "/echo", body: '{"n":"x"}' },
  {
    name: "a body over the limit",
    method: "POST",
    path: "/echo",
    body: `{"n":"${"1".repeat(5_000)}"}`,
  },
  { name: "a mutation", method: "POST", path: "/count", body: '{"n":3}' },
  { name: "a mutation over GET", method: "GET", path: "/count" },
  { name: "an unknown procedure", method: "POST", path: "/nothing", body: "{}" },
  { name: "a name every object has", method: "GET", path: "/constructor" },
  { name: "a prototype's name", method: "GET", path: "/__proto__" },
  { name: "a batch", method: "GET", path: "/hello,hello?batch=1" },
  { name: "a path that is not URL-encoded", method: "GET", path: "/hel%ZZlo" },
  { name: "a known refusal", method: "POST", path: "/refused" },
  { name: "a failure", method: "GET", path: "/broken" },
  { name: "HEAD", method: "HEAD", path: "/hello" },
];

describe("trpcRoute()", () => {
  // What each server's procedures and onError saw.
  const calls = { ours: [] as string[], theirs: [] as string[] };
  const errors = { ours: [] as string[], theirs: [] as string[] };
  let ours: Listening;
  let theirs: Listening;

  beforeAll(async () => {
    const reference = express();
    reference.use(
      "/trpc",
      createExpressMiddleware({
        router,
        allowMethodOverride: true,
        allowBatching: false,
        maxBodySize: 1_000,
        createContext: (): Context => ({ calls: calls.theirs }),
        onError: ({ error }) => errors.theirs.push(error.code),
      }),
    );
    const candidate = express();
    candidate.use(
      "/trpc",
      trpcRoute({
        router,
        maxBodySize: 1_000,
        createContext: () => ({ calls: calls.ours }),
        onError: ({ error }) => errors.ours.push(error.code),
        headersFor: (answer): Record<string, string> =>
          "error" in answer ? { "X-Code": answer.error.message } : {},
      }),
    );
    theirs = await listen(reference);
    ours = await listen(candidate);
  });
  afterAll(async () => {
    await ours?.close();
    await theirs?.close();
  });

  it.each(requests)("answers $name as tRPC's own adapter does", async (request) => {
    const send = (base: string) =>
      sendRequest(`${base}/trpc${request.path}`, {
        method: request.method,
        headers: { "content-type": "application/json" },
        body: request.body,
      });
    const [expected, actual] = [await send(theirs.baseUrl), await send(ours.baseUrl)];
    expect(actual.status).toBe(expected.status);
    expect(actual.body === "" ? null : JSON.parse(actual.body)).toEqual(
      expected.body === "" ? null : JSON.parse(expected.body),
    );
    if (expected.body !== "") expect(actual.headers["content-type"]).toBe("application/json");
  });

  it("ran each mutation once, and reported the same failures", () => {
    expect(calls.ours).toEqual(["3"]);
    expect(calls.ours).toEqual(calls.theirs);
    expect(errors.ours).toEqual(errors.theirs);
  });

  it("writes an answer in one piece with its length, and the headers the answer asks for", async () => {
    const answered = await sendRequest(`${ours.baseUrl}/trpc/refused`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(answered.status).toBe(429);
    expect(answered.headers["content-length"]).toBe(String(Buffer.byteLength(answered.body)));
    expect(answered.headers["transfer-encoding"]).toBeUndefined();
    expect(answered.headers["x-code"]).toBe("TOO_MANY_REQUESTS");
  });
});
