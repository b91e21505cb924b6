import { findEmployerSession } from "../../services/auth/find-session";
import { publicProcedure } from "../../trpc";
import { sessionToken } from "../auth/session-cookie";
import { employerSessionView } from "./employer-session-view";

export const employerSession = publicProcedure(
  "the employer portal asks whether it holds a live session",
)
  .output(employerSessionView.nullable())
  .query(({ ctx }) =>
    findEmployerSession(ctx.service, { token: sessionToken(ctx.cookies, "EMPLOYER") }),
  );
