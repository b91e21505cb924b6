import { z } from "zod";
import { setElderMode as setElderModeService } from "../../services/citizen/set-elder-mode";
import { citizenProcedure } from "../../trpc";

export const setElderMode = citizenProcedure("profile:update")
  .input(z.object({ enabled: z.boolean() }))
  .output(z.object({ elderMode: z.boolean() }))
  .mutation(({ ctx, input }) => setElderModeService(ctx.service, input));
