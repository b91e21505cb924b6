import { creditCodeSchema, passwordInputSchema, residentIdSchema } from "@yibao/domain";
import { z } from "zod";
import { findEmployerSession } from "../../services/auth/find-session";
import { logInEmployerAgent } from "../../services/auth/log-in-employer-agent";
import { publicProcedure } from "../../trpc";
import { employerSessionView } from "../employer/employer-session-view";
import { otpInputSchema } from "./citizen-login";
import { replaceSession } from "./session-cookie";

export const employerLogin = publicProcedure(
  "signing in is how an employer's handling agent proves who they are",
)
  .input(
    z.object({
      creditCode: creditCodeSchema,
      residentId: residentIdSchema,
      password: passwordInputSchema,
      // The authenticator's 6-digit code or a recovery code, once the agent turned it on.
      otp: otpInputSchema.optional(),
    }),
  )
  .output(employerSessionView)
  .mutation(async ({ ctx, input }) => {
    const signedIn = await logInEmployerAgent(ctx.service, input);
    await replaceSession(ctx.service, ctx.cookies, "EMPLOYER", signedIn.token);
    const view = await findEmployerSession(ctx.service, { token: signedIn.token });
    if (!view) throw new Error("a session just started was not found");
    return view;
  });
