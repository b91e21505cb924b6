import {
  passwordInputSchema,
  phoneSchema,
  residentIdSchema,
  type VerificationPurpose,
} from "@yibao/domain";
import { z } from "zod";
import { completeVerification } from "../../services/citizen-accounts/complete-verification";
import { startVerification } from "../../services/citizen-accounts/start-verification";
import { publicProcedure, router } from "../../trpc";
import { citizenProfileView } from "./citizen-login";
import { replaceSession } from "./session-cookie";

const startInput = z.object({
  residentId: residentIdSchema,
  name: z.string().trim().min(1).max(50),
  phone: phoneSchema,
});
const startOutput = z.object({
  challengeId: z.string(),
  expiresAt: z.string(),
  resendAfterSeconds: z.number().int(),
});
const completeInput = z.object({
  challengeId: z.uuid(),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  password: passwordInputSchema,
});

/** Registration and password recovery share the two steps; only the purpose differs. */
function verificationRouter(purpose: VerificationPurpose, reason: string) {
  return router({
    start: publicProcedure(reason)
      .input(startInput)
      .output(startOutput)
      .mutation(({ ctx, input }) => startVerification(ctx.service, { purpose, ...input })),
    complete: publicProcedure(reason)
      .input(completeInput)
      .output(citizenProfileView)
      .mutation(async ({ ctx, input }) => {
        const done = await completeVerification(ctx.service, { purpose, ...input });
        await replaceSession(ctx.service, ctx.cookies, "CITIZEN", done.token);
        return done.profile;
      }),
  });
}

export const citizenRegistration = verificationRouter(
  "REGISTRATION",
  "an insured person without an online account sets one up by proving their phone",
);

export const citizenPasswordReset = verificationRouter(
  "PASSWORD_RESET",
  "a person who forgot the password proves their phone to set a new one",
);
