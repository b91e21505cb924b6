import { passwordInputSchema, usernameSchema } from "@yibao/domain";
import { z } from "zod";
import { findStaffSession } from "../../services/auth/find-session";
import { logInStaff } from "../../services/auth/log-in-staff";
import { publicProcedure } from "../../trpc";
import { staffSessionView } from "../staff/staff-session-view";
import { otpInputSchema } from "./citizen-login";
import { replaceSession } from "./session-cookie";

export const staffLogin = publicProcedure("signing in is how a staff member proves who they are")
  .input(
    z.object({
      username: usernameSchema,
      password: passwordInputSchema,
      // The authenticator's 6-digit code or a recovery code; empty before enrolment.
      otp: otpInputSchema.optional(),
    }),
  )
  .output(staffSessionView)
  .mutation(async ({ ctx, input }) => {
    const signedIn = await logInStaff(ctx.service, input);
    await replaceSession(ctx.service, ctx.cookies, "STAFF", signedIn.token);
    const view = await findStaffSession(ctx.service, { token: signedIn.token });
    if (!view) throw new Error("a session just started was not found");
    return view;
  });
