import type { ApiContext, ApiLogger, JobPort, MessageGateway } from "@yibao/api";
import type { Database } from "@yibao/db";
import type { Request, Response } from "express";
import { clientAddress } from "./client-address";
import type { ServerConfig } from "./config";
import { createCookieJar } from "./cookie-jar";

/** What one request lends the API: the database, the clock, its cookies and its address. */
export function apiContextOf(
  deps: {
    config: ServerConfig;
    database: Database;
    logger: ApiLogger;
    messages: MessageGateway;
    jobs: JobPort;
    now: () => Date;
  },
  req: Request,
  res: Response,
): ApiContext {
  return {
    prisma: deps.database.prisma,
    protector: deps.database.protector,
    messages: deps.messages,
    production: deps.config.production,
    now: deps.now,
    cookies: createCookieJar(req, res, { secure: deps.config.secureCookies }),
    clientAddress: clientAddress(req),
    logger: deps.logger,
    jobs: deps.jobs,
  };
}
