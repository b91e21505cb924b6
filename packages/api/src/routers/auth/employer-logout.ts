import { z } from "zod";
import { endSession } from "../../services/auth/end-session";
import { publicProcedure } from "../../trpc";
import { clearSessionCookie, sessionToken } from "./session-cookie";

export const employerLogout = publicProcedure(
  "signing out must work even when the session has ended",
)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx }) => {
    await endSession(ctx.service, {
      kind: "EMPLOYER",
      token: sessionToken(ctx.cookies, "EMPLOYER"),
    });
    clearSessionCookie(ctx.cookies, "EMPLOYER");
    return { ok: true as const };
  });
