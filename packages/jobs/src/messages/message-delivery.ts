import { deliverPendingMessages, type SmsSender } from "@yibao/api";
import type { JobDefinition } from "../job-definition";

/**
 * Every minute, hands the outbox's pending text messages to the configured SMS provider
 * (`SMS_HTTP_URL`): each claimed by one worker only, retried, FAILED after the last try.
 * Without a provider the outbox keeps them, for the development outbox page.
 */
export function messageDelivery(sender: SmsSender): JobDefinition {
  return {
    name: "messages.deliver",
    schedule: "* * * * *",
    retry: { limit: 2, delaySeconds: 20, backoff: true },
    async run({ database, now }) {
      return deliverPendingMessages({
        prisma: database.prisma,
        protector: database.protector,
        sender,
        now,
      });
    },
  };
}
