import { passwordInputSchema } from "@yibao/domain";
import { z } from "zod";
import { endAllSessions } from "../../services/auth/end-all-sessions";
import { changePassword } from "../../services/security/change-password";
import {
  beginSecondFactorEnrolment,
  confirmSecondFactorEnrolment,
} from "../../services/security/second-factor-enrolment";
import {
  type citizenProcedure,
  type employerProcedure,
  router,
  type staffProcedure,
} from "../../trpc";

const changePasswordInput = z.object({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});
const codeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
const enrolmentView = z.object({ otpauthUri: z.string(), secret: z.string() });

/**
 * What every signed-in account does to itself: change its password, sign out everywhere, enrol
 * an authenticator. Built for one kind of actor, so citizens, staff and employers' agents declare
 * the same procedures through their own tier.
 */
export function ownAccountRouters(
  tier: typeof citizenProcedure | typeof staffProcedure | typeof employerProcedure,
) {
  return {
    security: router({
      changePassword: tier("password:change")
        .input(changePasswordInput)
        .output(z.object({ ok: z.literal(true) }))
        .mutation(({ ctx, input }) => changePassword(ctx.service, input)),
      signOutEverywhere: tier("session:end-all")
        .output(z.object({ ended: z.number().int() }))
        .mutation(({ ctx }) => endAllSessions(ctx.service)),
    }),
    secondFactor: {
      beginEnrolment: tier("second-factor:enrol")
        .output(enrolmentView)
        .mutation(({ ctx }) => beginSecondFactorEnrolment(ctx.service)),
      confirmEnrolment: tier("second-factor:enrol")
        .input(codeInput)
        .output(z.object({ recoveryCodes: z.array(z.string()) }))
        .mutation(({ ctx, input }) => confirmSecondFactorEnrolment(ctx.service, input)),
    },
  };
}
