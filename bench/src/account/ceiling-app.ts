import { sessionCookieNames } from "@yibao/api";
import type { DataProtector } from "@yibao/db";
import express from "express";
import pg from "pg";
// The very statements and mappings the two procedures use, from their services: the ceiling
// differs from the project in everything around the SQL, not in the SQL.
import { ownAccountSummaryStatement } from "../../../packages/api/src/services/account/get-account-summary";
import { ownRecentEntriesStatement } from "../../../packages/api/src/services/account/list-recent-transactions";
import {
  type AccountSummaryRow,
  accountSummaryViewOf,
} from "../../../packages/api/src/services/account/read-account-summary";
import {
  type EntryRow,
  ledgerEntryViewOf,
} from "../../../packages/api/src/services/account/read-ledger-entries";
import {
  type CitizenSessionRow,
  citizenSessionCtes,
} from "../../../packages/api/src/services/auth/resolve-session";
import { sessionIdFor } from "../../../packages/api/src/services/auth/session-token";

const cookiePattern = new RegExp(`(?:^|;\\s*)${sessionCookieNames.CITIZEN}=([A-Za-z0-9_-]{43})`);

const names = new Map<string, string>();

function nameOf(text: string): string {
  const name = names.get(text) ?? `ceiling_${names.size}`;
  names.set(text, name);
  return name;
}

function send(res: express.Response, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify(body));
}

/**
 * The ceiling (docs/benchmarks.md, "Account summary"): the least a server can do to answer the
 * two hot reads at the procedures' own paths. Express and a pg pool of the same size; per request
 * the cookie, one statement (the procedure's own, the session's CTEs at its top, named as the project names it), the
 * same mapping of rows to the answer and the same body on the wire. No helmet, request log,
 * CSRF guard, tRPC, Prisma or output validation.
 */
export function createCeilingApp(options: {
  databaseUrl: string;
  poolSize: number;
  protector: DataProtector;
  now?: () => Date;
}): { app: express.Express; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const now = options.now ?? (() => new Date());
  const app = express();
  app.disable("x-powered-by");

  async function statementOf<Row extends CitizenSessionRow>(
    req: express.Request,
    build: (
      session: ReturnType<typeof citizenSessionCtes>,
      at: Date,
    ) => { text: string; values: unknown[] },
  ): Promise<{ rows: Row[]; at: Date } | null> {
    const token = cookiePattern.exec(req.headers.cookie ?? "")?.[1];
    if (!token) return null;
    const at = now();
    const sql = build(citizenSessionCtes(sessionIdFor(token), at), at);
    // Named, as `queryPrepared` sends it: each connection plans the statement once.
    const result = await pool.query<Row>({
      name: nameOf(sql.text),
      text: sql.text,
      values: sql.values,
    });
    return result.rows.length > 0 ? { rows: result.rows, at } : null;
  }

  app.post("/trpc/citizen.accountSummary", async (req, res, next) => {
    try {
      const found = await statementOf<CitizenSessionRow & AccountSummaryRow>(req, (session, at) =>
        ownAccountSummaryStatement(session, at),
      );
      if (!found) return send(res, 401, { error: { code: "UNAUTHENTICATED" } });
      const view = accountSummaryViewOf(found.rows[0], {
        protector: options.protector,
        now: found.at,
      });
      send(res, 200, { result: { data: view } });
    } catch (error) {
      next(error);
    }
  });

  app.post("/trpc/citizen.recentTransactions", express.json(), async (req, res, next) => {
    try {
      const limit = Number((req.body as { limit?: unknown } | undefined)?.limit ?? 20);
      const found = await statementOf<CitizenSessionRow & EntryRow>(req, (session) =>
        ownRecentEntriesStatement(session, limit),
      );
      if (!found) return send(res, 401, { error: { code: "UNAUTHENTICATED" } });
      const entries = found.rows.filter((row) => row.id !== null).map(ledgerEntryViewOf);
      send(res, 200, { result: { data: { entries } } });
    } catch (error) {
      next(error);
    }
  });

  return { app, close: () => pool.end() };
}
