import { passwordInputSchema, residentIdSchema, sessionStageSchema } from "@yibao/domain";
import { z } from "zod";
import { logInCitizen } from "../../services/auth/log-in-citizen";
import { publicProcedure } from "../../trpc";
import { replaceSession } from "./session-cookie";

export const otpInputSchema = z.string().trim().max(16);

export const citizenLoginInput = z.object({
  residentId: residentIdSchema,
  password: passwordInputSchema,
  otp: otpInputSchema.optional(),
});

export const citizenProfileView = z.object({
  name: z.string(),
  maskedResidentId: z.string(),
  elderMode: z.boolean(),
  stage: sessionStageSchema,
});

export const citizenLogin = publicProcedure("signing in is how a person proves who they are")
  .input(citizenLoginInput)
  .output(citizenProfileView)
  .mutation(async ({ ctx, input }) => {
    // A failed attempt leaves the session this browser holds alone; a success replaces it.
    const signedIn = await logInCitizen(ctx.service, input);
    await replaceSession(ctx.service, ctx.cookies, "CITIZEN", signedIn.token);
    return signedIn.profile;
  });
