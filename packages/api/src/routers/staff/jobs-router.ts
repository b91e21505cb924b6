import { z } from "zod";
import { listFailedJobs } from "../../services/jobs/list-failed-jobs";
import { router, staffProcedure } from "../../trpc";

/** Background jobs, as administrators see them: those that failed after their last retry. */
export const jobsRouter = router({
  failed: staffProcedure("job:read")
    .output(
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            failedAt: z.string(),
            queuedAt: z.string(),
            retries: z.number().int(),
            retryLimit: z.number().int(),
            error: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => listFailedJobs(ctx.service)),
});
