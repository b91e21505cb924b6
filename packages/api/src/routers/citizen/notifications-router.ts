import { z } from "zod";
import {
  listNotifications,
  markNotificationsRead,
} from "../../services/notifications/citizen-notifications";
import { citizenProcedure, router } from "../../trpc";

/** The insured's inbox: a message for every state change of their applications. */
export const notificationsRouter = router({
  list: citizenProcedure("account:read")
    .input(z.object({ cursor: z.uuid().optional() }).default({}))
    .output(
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            at: z.string(),
            title: z.string(),
            body: z.string(),
            read: z.boolean(),
            applicationId: z.string().nullable(),
            status: z.string().nullable(),
          }),
        ),
        unread: z.number().int(),
        nextCursor: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => listNotifications(ctx.service, input)),
  markRead: citizenProcedure("profile:update")
    .input(z.object({ ids: z.array(z.uuid()).min(1).max(100) }))
    .output(z.object({ marked: z.number().int() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.service, input)),
});
