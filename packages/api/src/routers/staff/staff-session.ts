import { findStaffSession } from "../../services/auth/find-session";
import { publicProcedure } from "../../trpc";
import { sessionToken } from "../auth/session-cookie";
import { staffSessionView } from "./staff-session-view";

export const staffSession = publicProcedure("the back office asks whether it holds a live session")
  .output(staffSessionView.nullable())
  .query(({ ctx }) => findStaffSession(ctx.service, { token: sessionToken(ctx.cookies, "STAFF") }));
