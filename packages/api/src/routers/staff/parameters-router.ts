import { countyParameterKeySchema, isoDateSchema } from "@yibao/domain";
import { z } from "zod";
import { listParameters } from "../../services/parameters/list-parameters";
import { setParameter } from "../../services/parameters/set-parameter";
import { router, staffProcedure } from "../../trpc";

const parameterValue = z.union([z.number(), z.boolean()]);
const unit = z.enum([
  "WORKING_DAYS",
  "DAYS",
  "BYTES",
  "FEN",
  "BASIS_POINTS",
  "SECONDS",
  "BOOLEAN",
  "MONTH_DAY",
]);

export const parametersRouter = router({
  list: staffProcedure("parameter:read")
    .output(
      z.object({
        today: z.string(),
        parameters: z.array(
          z.object({
            key: countyParameterKeySchema,
            unit,
            value: parameterValue,
            effectiveFrom: z.string().nullable(),
            scheduled: z.object({ value: parameterValue, effectiveFrom: z.string() }).nullable(),
            history: z.array(
              z.object({
                value: parameterValue,
                effectiveFrom: z.string(),
                state: z.enum(["PAST", "IN_FORCE", "SCHEDULED"]),
                recordedAt: z.string(),
                recordedBy: z.string().nullable(),
                reason: z.string().nullable(),
              }),
            ),
          }),
        ),
      }),
    )
    .query(({ ctx }) => listParameters(ctx.service)),
  set: staffProcedure("parameter:manage")
    .input(
      z.object({
        key: countyParameterKeySchema,
        value: parameterValue,
        effectiveFrom: isoDateSchema,
        reason: z.string().trim().min(1).max(200),
      }),
    )
    .output(
      z.object({ key: countyParameterKeySchema, value: parameterValue, effectiveFrom: z.string() }),
    )
    .mutation(({ ctx, input }) => setParameter(ctx.service, input)),
});
