import { passwordInputSchema } from "@yibao/domain";
import { z } from "zod";
import { disableSecondFactor } from "../../services/security/disable-second-factor";
import { citizenProcedure, router } from "../../trpc";
import { citizenAccountRouter } from "../account/citizen-account-router";
import { citizenEcardRouter } from "../account/citizen-ecard-router";
import { citizenCardRouter } from "../applications/citizen-card-router";
import { ownAccountRouters } from "../shared/own-account-router";
import { accountSummary } from "./account-summary";
import { citizenExtendSession } from "./citizen-extend-session";
import { citizenSession } from "./citizen-session";
import { notificationsRouter } from "./notifications-router";
import { ratingsRouter } from "./ratings-router";
import { recentTransactions } from "./recent-transactions";
import { setElderMode } from "./set-elder-mode";

const own = ownAccountRouters(citizenProcedure);

export const citizenRouter = router({
  session: citizenSession,
  accountSummary,
  recentTransactions,
  account: citizenAccountRouter,
  ecard: citizenEcardRouter,
  setElderMode,
  extendSession: citizenExtendSession,
  card: citizenCardRouter,
  notifications: notificationsRouter,
  ratings: ratingsRouter,
  security: own.security,
  secondFactor: router({
    ...own.secondFactor,
    disable: citizenProcedure("second-factor:manage")
      .input(z.object({ password: passwordInputSchema, code: z.string().trim().max(16) }))
      .output(z.object({ ok: z.literal(true) }))
      .mutation(({ ctx, input }) => disableSecondFactor(ctx.service, input)),
  }),
});
