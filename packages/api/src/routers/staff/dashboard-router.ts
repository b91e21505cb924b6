import { slaRangeSchema, slaRowSchema } from "@yibao/domain";
import { z } from "zod";
import { readSlaFigures } from "../../services/dashboard/read-sla-figures";
import { router, staffProcedure } from "../../trpc";

/** The SLA dashboard, in the reader's scope (own service point, or the county). */
export const dashboardRouter = router({
  /**
   * Per service point, of the applications **submitted** there from `from` to `to` (China dates,
   * both included; at most 366 days): `submitted`; `readyOnTime` / `readyLate`, made ready on or
   * before / after the due date (a card issued on the spot at the county centre is ready when
   * issued); `overdueNow` / `dueToday`, still owed now with the due date before / on today;
   * `medianWorkingDays` / `p90WorkingDays`, working days after the clock start up to the ready
   * day, by nearest rank over the ready ones (null when none). A service point's clerk gets their
   * own point only (another point's code is FORBIDDEN); county roles every point or the one asked.
   */
  sla: staffProcedure("dashboard:read")
    .input(
      z.intersection(
        slaRangeSchema,
        z.object({ servicePointCode: z.string().trim().min(1).max(32).optional() }),
      ),
    )
    .output(z.array(slaRowSchema))
    .query(({ ctx, input }) => readSlaFigures(ctx.service, input)),
});
