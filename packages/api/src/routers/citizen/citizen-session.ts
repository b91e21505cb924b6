import { sessionStageSchema } from "@yibao/domain";
import { z } from "zod";
import { findCitizenSession } from "../../services/auth/find-session";
import { publicProcedure } from "../../trpc";
import { sessionToken } from "../auth/session-cookie";

export const citizenSessionView = z.object({
  name: z.string(),
  maskedResidentId: z.string(),
  elderMode: z.boolean(),
  idleExpiresAt: z.string(),
  stage: sessionStageSchema,
  secondFactorEnabled: z.boolean(),
});

export const citizenSession = publicProcedure("the app asks whether it holds a live session")
  .output(citizenSessionView.nullable())
  .query(({ ctx }) =>
    findCitizenSession(ctx.service, { token: sessionToken(ctx.cookies, "CITIZEN") }),
  );
