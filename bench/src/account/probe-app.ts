import { initTRPC } from "@trpc/server";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express from "express";
// The project's own route for tRPC calls, on the same no-op router.
import { trpcRoute } from "../../../apps/server/src/trpc-route";

const t = initTRPC.create();
const probeRouter = t.router({ noop: t.procedure.query(() => null) });

/**
 * What the layers cost without a database (docs/benchmarks.md, "Account summary"): `POST /bare` is
 * Express answering the body tRPC would, `POST /trpc/noop` tRPC's own Express adapter with a
 * procedure that does nothing, `POST /route/noop` the project's route (`trpcRoute`) with the
 * same. The project's whole stack is measured on its server (`citizen.session` without a
 * cookie, which reads nothing).
 */
export function createProbeApp(): express.Express {
  const app = express();
  app.disable("x-powered-by");
  const body = JSON.stringify({ result: { data: null } });
  app.post("/bare", (_req, res) => {
    res.setHeader("Content-Type", "application/json");
    res.end(body);
  });
  app.use("/trpc", createExpressMiddleware({ router: probeRouter, allowMethodOverride: true }));
  app.use(
    "/route",
    trpcRoute({ router: probeRouter, maxBodySize: 100_000, createContext: () => ({}) }),
  );
  return app;
}
