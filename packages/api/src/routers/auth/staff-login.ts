import { passwordInputSchema, usernameSchema } from "@yibao/domain";
import { z } from "zod";
import { endSession } from "../../services/auth/end-session";
import { findStaffSession } from "../../services/auth/find-session";
import { logInStaff } from "../../services/auth/log-in-staff";
import { publicProcedure } from "../../trpc";
import { staffSessionView } from "../staff/staff-session-view";
import { sessionToken, setSessionCookie } from "./session-cookie";

export const staffLogin = publicProcedure("signing in is how a staff member proves who they are")
  .input(z.object({ username: usernameSchema, password: passwordInputSchema }))
  .output(staffSessionView)
  .mutation(async ({ ctx, input }) => {
    await endSession(ctx.service, { kind: "STAFF", token: sessionToken(ctx.cookies, "STAFF") });
    const signedIn = await logInStaff(ctx.service, input);
    setSessionCookie(ctx.cookies, "STAFF", signedIn.token);
    const view = await findStaffSession(ctx.service, { token: signedIn.token });
    if (!view) throw new Error("a session just started was not found");
    return view;
  });
