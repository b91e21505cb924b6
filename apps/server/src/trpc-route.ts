import {
  type AnyTRPCRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type inferRouterContext,
  type inferRouterError,
  TRPCError,
} from "@trpc/server";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { Request, RequestHandler, Response } from "express";

type ProcedureType = "query" | "mutation" | "subscription";

/** One call's answer as tRPC puts it on the wire: plain JSON, no transformer. */
export type TrpcAnswer<TRouter extends AnyTRPCRouter> =
  | { result: { data: unknown } }
  | { error: inferRouterError<TRouter> };

export interface TrpcRouteOptions<TRouter extends AnyTRPCRouter> {
  router: TRouter;
  createContext(req: Request, res: Response): inferRouterContext<TRouter>;
  /** Bytes a request body may hold: more is PAYLOAD_TOO_LARGE (413). */
  maxBodySize: number;
  onError?(failure: { error: TRPCError; path: string | undefined }): void;
  /** Headers an answer brings (the Retry-After of a 429), from the answer itself. */
  headersFor?(answer: TrpcAnswer<TRouter>): Record<string, string>;
}

// Which methods may call which type: queries also over POST (the apps' method override).
const allowedMethods: Record<ProcedureType, readonly string[]> = {
  query: ["GET", "POST"],
  mutation: ["POST"],
  subscription: [],
};

/** The request's body as text, read once and at most `limit` bytes of it. */
function readBody(req: Request, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.off("end", onEnd);
        reject(new TRPCError({ code: "PAYLOAD_TOO_LARGE" }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString("utf8"));
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", reject);
  });
}

/**
 * The input as tRPC's own adapter reads it for a single call: JSON in `?input=` for a GET, the
 * JSON body for a POST; unreadable JSON is BAD_REQUEST. Read only when the procedure asks.
 */
function inputReader(req: Request, maxBodySize: number) {
  let read: Promise<unknown> | undefined;
  let value: unknown;
  return {
    read(): Promise<unknown> {
      read ??= (async () => {
        if (req.method === "GET") {
          const text = new URLSearchParams(req.url.split("?")[1] ?? "").get("input");
          value = text ? JSON.parse(text) : undefined;
        } else {
          // As the Fetch API's `json()`: an empty body is not JSON either.
          value = JSON.parse(await readBody(req, maxBodySize));
        }
        return value;
      })().catch((cause: unknown) => {
        if (cause instanceof TRPCError) throw cause;
        throw new TRPCError({ code: "BAD_REQUEST", message: "Invalid input", cause });
      });
      return read;
    },
    /** The input once read, for the error formatter. */
    get value() {
      return value;
    },
  };
}

/**
 * tRPC's calls over Express, without the Fetch API between them. tRPC's own Express adapter
 * turns every request into a Fetch `Request` and every answer into a `Response` piped through a
 * web stream; on Node 20 that alone cost four times Express's own work per request
 * (docs/benchmarks.md, "Account summary"). This calls the procedure as that adapter does
 * (same lookup, method rule, context, lazily read input, error shape, status and `onError`) for
 * the one form the apps use: one call per request, JSON in and out, no batching, no
 * subscriptions. The answer is written in one piece with its length.
 */
export function trpcRoute<TRouter extends AnyTRPCRouter>(
  options: TrpcRouteOptions<TRouter>,
): RequestHandler {
  const config = options.router._def._config;

  async function answer(req: Request, res: Response): Promise<TrpcAnswer<TRouter>> {
    const input = inputReader(req, options.maxBodySize);
    let path: string | undefined;
    let type: ProcedureType | "unknown" = "unknown";
    let ctx: inferRouterContext<TRouter> | undefined;
    try {
      const query = new URLSearchParams(req.url.split("?")[1] ?? "");
      if (query.get("batch") === "1") {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Batching is not enabled" });
      }
      const segment = req.path.slice(req.path.lastIndexOf("/") + 1);
      try {
        path = decodeURIComponent(segment);
      } catch (cause) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Invalid URL-encoding", cause });
      }
      ctx = options.createContext(req, res);
      const { procedures } = options.router._def;
      // Own keys only: `constructor` or `__proto__` names no procedure.
      const procedure = (Object.hasOwn(procedures, path) ? procedures[path] : undefined) as
        | (((call: object) => Promise<unknown>) & { _def: { type: ProcedureType } })
        | undefined;
      if (!procedure) throw new TRPCError({ code: "NOT_FOUND", message: "No such procedure" });
      type = procedure._def.type;
      if (!allowedMethods[type].includes(req.method)) {
        throw new TRPCError({ code: "METHOD_NOT_SUPPORTED", message: "Unsupported method" });
      }
      const data = await procedure({
        path,
        getRawInput: () => input.read(),
        ctx,
        type,
        signal: undefined,
        batchIndex: 0,
      });
      return { result: { data } };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      options.onError?.({ error, path });
      const shape = getTRPCErrorShape({ config, error, type, path, input: input.value, ctx });
      return { error: shape as inferRouterError<TRouter> };
    }
  }

  return (req, res, next) => {
    if (req.method === "HEAD") {
      res.status(204).end();
      return;
    }
    answer(req, res)
      .then((body) => {
        res.statusCode = getHTTPStatusCode(body);
        res.setHeader("Content-Type", "application/json");
        for (const [name, value] of Object.entries(options.headersFor?.(body) ?? {})) {
          res.setHeader(name, value);
        }
        res.end(JSON.stringify(body));
      })
      .catch(next);
  };
}
