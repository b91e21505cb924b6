import { z } from "zod";
import { listStaffInbox } from "../../services/staff-inbox/list-staff-inbox";
import { markStaffInboxRead } from "../../services/staff-inbox/mark-staff-inbox-read";
import { router, staffProcedure } from "../../trpc";

/** The staff member's own inbox: the morning digest, the calendar reminder. */
export const inboxRouter = router({
  list: staffProcedure("staff-inbox:read")
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
            topic: z.string(),
          }),
        ),
        unread: z.number().int(),
        nextCursor: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => listStaffInbox(ctx.service, input)),
  markRead: staffProcedure("staff-inbox:read")
    .input(z.object({ ids: z.array(z.uuid()).min(1).max(100) }))
    .output(z.object({ marked: z.number().int() }))
    .mutation(({ ctx, input }) => markStaffInboxRead(ctx.service, input)),
});
