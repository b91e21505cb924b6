import { passwordInputSchema } from "@yibao/domain";
import { z } from "zod";
import { disableSecondFactor } from "../../services/security/disable-second-factor";
import { employerProcedure, router } from "../../trpc";
import { ownAccountRouters } from "../shared/own-account-router";
import { employerBatchesRouter } from "./employer-batches-router";
import { employerCardsRouter } from "./employer-cards-router";
import { employerSession } from "./employer-session";

const own = ownAccountRouters(employerProcedure);

/** The employer portal's procedures: the agent's session and own account, and the batches. */
export const employerRouter = router({
  session: employerSession,
  extendSession: employerProcedure("session:extend")
    .output(z.object({ idleExpiresAt: z.string() }))
    .mutation(({ ctx }) => ({ idleExpiresAt: ctx.service.actor.idleExpiresAt.toISOString() })),
  security: own.security,
  secondFactor: router({
    ...own.secondFactor,
    disable: employerProcedure("second-factor:manage")
      .input(z.object({ password: passwordInputSchema, code: z.string().trim().max(16) }))
      .output(z.object({ ok: z.literal(true) }))
      .mutation(({ ctx, input }) => disableSecondFactor(ctx.service, input)),
  }),
  batches: employerBatchesRouter,
  cards: employerCardsRouter,
});
