import { passwordInputSchema, residentIdSchema } from "@yibao/domain";
import { z } from "zod";
import { endSession } from "../../services/auth/end-session";
import { logInCitizen } from "../../services/auth/log-in-citizen";
import { publicProcedure } from "../../trpc";
import { sessionToken, setSessionCookie } from "./session-cookie";

export const citizenLoginInput = z.object({
  residentId: residentIdSchema,
  password: passwordInputSchema,
});

export const citizenLogin = publicProcedure("signing in is how a person proves who they are")
  .input(citizenLoginInput)
  .output(z.object({ name: z.string(), maskedResidentId: z.string(), elderMode: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    // A new session every time: whatever session this browser held before is ended first.
    await endSession(ctx.service, { kind: "CITIZEN", token: sessionToken(ctx.cookies, "CITIZEN") });
    const signedIn = await logInCitizen(ctx.service, input);
    setSessionCookie(ctx.cookies, "CITIZEN", signedIn.token);
    return signedIn.profile;
  });
