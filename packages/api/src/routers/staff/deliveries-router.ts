import { z } from "zod";
import { listUndeliveredMessages } from "../../services/deliveries/list-undelivered-messages";
import { resendMessage } from "../../services/deliveries/resend-message";
import { router, staffProcedure } from "../../trpc";

const undeliveredMessage = z.object({
  id: z.string(),
  status: z.enum(["PENDING", "FAILED"]),
  phone: z.string(),
  templateId: z.string(),
  reference: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});

/** Text messages that did not reach the person: seen by the county centre, resent by hand. */
export const deliveriesRouter = router({
  list: staffProcedure("message-delivery:read")
    .input(z.object({ cursor: z.uuid().optional() }).default({}))
    .output(z.object({ items: z.array(undeliveredMessage), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listUndeliveredMessages(ctx.service, input)),
  retry: staffProcedure("message-delivery:retry")
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ id: z.string(), status: z.literal("PENDING") }))
    .mutation(({ ctx, input }) => resendMessage(ctx.service, input)),
});
