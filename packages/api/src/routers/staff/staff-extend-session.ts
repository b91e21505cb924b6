import { z } from "zod";
import { staffProcedure } from "../../trpc";

/** Any request keeps a session alive; this one exists for the "stay signed in" button. */
export const staffExtendSession = staffProcedure("session:extend")
  .output(z.object({ idleExpiresAt: z.string() }))
  .mutation(({ ctx }) => ({ idleExpiresAt: ctx.service.actor.idleExpiresAt.toISOString() }));
