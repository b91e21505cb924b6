import type { DataProtector, PrismaClient } from "@yibao/db";
import { isMessageTemplateId, renderMessage } from "./message-templates";
import type { SmsSender } from "./sms-sender";

export const deliveryPolicy = { batchSize: 50, maxAttempts: 5 } as const;

interface PendingRow {
  id: string;
  phone_sealed: string;
  template_id: string;
  params_sealed: string;
  attempts: number;
}

/**
 * Sends what the outbox holds: each pending message is claimed (`FOR UPDATE SKIP LOCKED`, so two
 * workers never send the same one), sent, and marked SENT; a refusal counts an attempt, and after
 * the last one the message is FAILED, which staff see. Nothing about a message is logged.
 */
export async function deliverPendingMessages(deps: {
  prisma: PrismaClient;
  protector: DataProtector;
  sender: SmsSender;
  now: Date;
}): Promise<{ sent: number; failed: number; retrying: number }> {
  const { prisma, protector, sender, now } = deps;
  const tally = { sent: 0, failed: 0, retrying: 0 };
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<PendingRow[]>`
      SELECT id, phone_sealed, template_id, params_sealed, attempts FROM outbound_message
       WHERE status = 'PENDING'
       ORDER BY created_at
       LIMIT ${deliveryPolicy.batchSize}
       FOR UPDATE SKIP LOCKED`;
    for (const row of rows) {
      try {
        if (!isMessageTemplateId(row.template_id)) throw new Error("unknown template");
        const params = JSON.parse(protector.open(row.params_sealed, "message.params"));
        await sender.send({
          phone: protector.open(row.phone_sealed, "message.phone"),
          text: renderMessage(row.template_id, params),
          reference: row.id,
        });
        await tx.outboundMessage.update({
          where: { id: row.id },
          data: { status: "SENT", sentAt: now, attempts: row.attempts + 1 },
        });
        tally.sent += 1;
      } catch {
        const attempts = row.attempts + 1;
        const failed = attempts >= deliveryPolicy.maxAttempts;
        await tx.outboundMessage.update({
          where: { id: row.id },
          data: { attempts, status: failed ? "FAILED" : "PENDING" },
        });
        if (failed) tally.failed += 1;
        else tally.retrying += 1;
      }
    }
  });
  return tally;
}
