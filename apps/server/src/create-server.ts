import { existsSync } from "node:fs";
import path from "node:path";
import {
  appRouter,
  createOutboxMessageGateway,
  type JobPort,
  type MessageGateway,
  procedureAliases,
} from "@yibao/api";
import type { Database } from "@yibao/db";
import express from "express";
import helmet from "helmet";
import { apiContextOf } from "./api-context-of";
import type { ServerConfig } from "./config";
import { allowMethods } from "./guards/allow-methods";
import { requireJsonBody } from "./guards/require-json-body";
import { requireSameOrigin } from "./guards/require-same-origin";
import { sendRefusal } from "./guards/send-refusal";
import type { Logger } from "./logger";
import { trpcRoute } from "./trpc-route";
import { mountUploads } from "./uploads-route";

export interface ServerDependencies {
  config: ServerConfig;
  database: Database;
  logger: Logger;
  /** Where text messages go; the built-in outbox unless configured otherwise. */
  messages?: MessageGateway;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /**
   * Where requests send background work (the job queue, `createJobQueue`). Without it, a request
   * that would send some (checking an employer's batch) fails, and nothing else does.
   */
  jobs?: JobPort;
}

const noJobQueue: JobPort = {
  async send() {
    throw new Error("This server was started without a job queue to send work to.");
  },
};

/** Serves one built single-page app under `base`, falling back to its index.html for client routes. */
function serveApp(app: express.Express, base: string, dir: string): void {
  const index = path.join(dir, "index.html");
  app.use(base, express.static(dir, { index: false, maxAge: "1h", immutable: false }));
  app.get(base === "/" ? "/{*route}" : `${base}{/*route}`, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type("text/plain; charset=utf-8").send("This app has not been built yet.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}

/** The HTTP server: tRPC at /trpc, the staff app at /staff/, the citizen app at /, /healthz. */
export function createServer({
  config,
  database,
  logger,
  messages = createOutboxMessageGateway(database.protector),
  now = () => new Date(),
  jobs = noJobQueue,
}: ServerDependencies) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "object-src": ["'none'"],
          // The staff app shows an employer's letter of introduction (a PDF) in a frame of a
          // blob: URL it makes from bytes whose type the server read; no other frame is allowed.
          "frame-src": ["blob:"],
          "frame-ancestors": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "upgrade-insecure-requests": config.secureCookies ? [] : null,
        },
      },
      hsts: config.secureCookies,
    }),
  );

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ method: req.method, path: req.path, status: res.statusCode, ms }, "request");
    });
    next();
  });
  // Nothing the apps do needs another method; TRACE would otherwise reach tRPC and fail as a 500.
  app.use(allowMethods(["GET", "HEAD", "POST"]));

  app.get("/healthz", async (_req, res) => {
    try {
      await database.prisma.$queryRaw`SELECT 1`;
      res.status(200).json({ status: "ok" });
    } catch (error) {
      logger.error({ err: error }, "health check: the database does not answer");
      res.status(503).json({ status: "unavailable" });
    }
  });

  const contextOf = (req: express.Request, res: express.Response) =>
    apiContextOf({ config, database, logger, messages, jobs, now }, req, res);
  mountUploads(app, { publicOrigin: config.publicOrigin, logger, contextOf });

  app.use("/trpc", (_req, res, next) => {
    // Every answer may carry personal data: never stored by a browser or a proxy.
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  // A POST may change something: only from Yibao's own pages, and only as JSON. Queries over GET
  // change nothing.
  app.post("/trpc{/*procedure}", requireSameOrigin(config.publicOrigin), requireJsonBody);
  // The interface's names that tRPC cannot hold as keys are answered by the procedure's own key.
  app.use("/trpc", (req, _res, next) => {
    const [path = "", query] = req.url.split("?");
    const alias = procedureAliases[decodeURIComponent(path.slice(1))];
    if (alias) req.url = `/${alias}${query === undefined ? "" : `?${query}`}`;
    next();
  });
  app.use(
    "/trpc",
    // One call per request, queries also over POST; batches would only widen what a hostile
    // caller can send (trpc-route.ts says why not tRPC's own Express adapter).
    trpcRoute({
      router: appRouter,
      maxBodySize: 100_000,
      createContext: contextOf,
      // A 429 says when to come back (RFC 9110 §10.2.3, RFC 6585 §4): the seconds the rate limit
      // put in the error's data, so that clients and proxies that read only headers can wait.
      headersFor(answer): Record<string, string> {
        const seconds = "error" in answer ? answer.error.data.retryAfterSeconds : undefined;
        return typeof seconds === "number" ? { "Retry-After": String(seconds) } : {};
      },
      onError({ error, path: procedure }) {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          logger.error({ procedure, err: error.cause ?? error }, "procedure failed");
        }
      },
    }),
  );

  serveApp(app, "/staff", config.staffAppDir);
  serveApp(app, "/", config.citizenAppDir);

  // Last resort: a failure outside tRPC is logged and answered without a stack trace.
  app.use(
    (error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const status = error instanceof URIError ? 400 : (error as { status?: unknown }).status;
      if (typeof status === "number" && status >= 400 && status < 500) {
        // The request itself was wrong (a malformed address, say): nothing of ours to log.
        if (!res.headersSent) sendRefusal(res, status, "请求无效。");
        return;
      }
      logger.error({ err: error }, "request failed");
      if (res.headersSent) return;
      res.status(500).type("text/plain; charset=utf-8").send("系统繁忙，请稍后再试。");
    },
  );
  return app;
}
