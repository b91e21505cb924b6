import type { PrismaClient } from "@yibao/db";

type Writer = Pick<PrismaClient, "citizenNotification">;

/**
 * Puts a message in the person's inbox: facts only, rendered when read. The key makes a repeat
 * (a retried request, a job run twice) a no-op.
 */
export async function notifyPerson(
  writer: Writer,
  message: {
    personId: string;
    topic: "APPLICATION_STATUS";
    applicationId: string;
    facts: Record<string, string | number | null>;
    dedupeKey: string;
    now: Date;
  },
): Promise<void> {
  await writer.citizenNotification.upsert({
    where: { dedupeKey: message.dedupeKey },
    create: {
      personId: message.personId,
      createdAt: message.now,
      topic: message.topic,
      applicationId: message.applicationId,
      facts: message.facts,
      dedupeKey: message.dedupeKey,
    },
    update: {},
  });
}
