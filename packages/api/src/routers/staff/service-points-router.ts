import { z } from "zod";
import { listServicePoints } from "../../services/staff/list-service-points";
import { router, staffProcedure } from "../../trpc";

export const servicePointsRouter = router({
  list: staffProcedure("service-point:list")
    .output(
      z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          kind: z.enum(["COUNTY_CENTRE", "SERVICE_POINT"]),
          address: z.string(),
        }),
      ),
    )
    .query(({ ctx }) => listServicePoints(ctx.service)),
});
