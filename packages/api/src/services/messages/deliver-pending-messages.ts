import type { DataProtector, PrismaClient } from "@yibao/db";
import { isMessageTemplateId, renderMessage } from "./message-templates";
import { type SmsSender, sendErrorCodeOf } from "./sms-sender";

/**
 * How the outbox is worked. A refused message is tried again after 1, 5, 15 and 60 minutes and
 * is FAILED after the fifth try, for staff to see and resend; a claimed message is held for
 * `leaseMinutes`, so that a worker that died while sending leaves it to the next one.
 */
export const deliveryPolicy = {
  batchSize: 50,
  maxAttempts: 5,
  backoffMinutes: [1, 5, 15, 60],
  leaseMinutes: 10,
} as const;

const minutes = (count: number) => count * 60_000;

interface ClaimedRow {
  id: string;
  phone_sealed: string;
  template_id: string;
  params_sealed: string;
  attempts: number;
}

/** When a message refused on its `attempts`-th try is tried again. */
export function nextAttemptAfter(attempts: number, now: Date): Date {
  const { backoffMinutes } = deliveryPolicy;
  const wait = backoffMinutes[Math.min(attempts, backoffMinutes.length) - 1] ?? backoffMinutes[0];
  return new Date(now.getTime() + minutes(wait));
}

/**
 * Sends what the outbox holds and is due (`next_attempt_at` unset or passed). Each message is
 * first claimed in one statement (`FOR UPDATE SKIP LOCKED`, an attempt counted, held for the
 * lease), so two workers never send the same one, and no transaction stays open while the
 * provider is called. Then it is SENT, or waits its backoff with the refusal's code, or after
 * the last try is FAILED. Nothing about a message is logged.
 */
export async function deliverPendingMessages(deps: {
  prisma: PrismaClient;
  protector: DataProtector;
  sender: SmsSender;
  now: Date;
}): Promise<{ sent: number; failed: number; retrying: number }> {
  const { prisma, protector, sender, now } = deps;
  const { maxAttempts, batchSize, leaseMinutes } = deliveryPolicy;
  // A worker that died holding its last try: the lease has passed, no answer will come.
  const abandoned = await prisma.$executeRaw`
    UPDATE outbound_message
       SET status = 'FAILED', next_attempt_at = NULL, last_error = COALESCE(last_error, 'NO_ANSWER')
     WHERE status = 'PENDING' AND attempts >= ${maxAttempts} AND next_attempt_at <= ${now}`;
  const tally = { sent: 0, failed: abandoned, retrying: 0 };
  const leaseEnds = new Date(now.getTime() + minutes(leaseMinutes));
  const claimed = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE outbound_message
       SET attempts = attempts + 1, last_attempt_at = ${now}, next_attempt_at = ${leaseEnds}
     WHERE id IN (
       SELECT id FROM outbound_message
        WHERE status = 'PENDING' AND attempts < ${maxAttempts}
          AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})
        ORDER BY created_at, id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, phone_sealed, template_id, params_sealed, attempts`;
  for (const row of claimed) {
    // Only while the claim is still this worker's (the same attempt, still pending).
    const mine = { id: row.id, status: "PENDING" as const, attempts: row.attempts };
    try {
      if (!isMessageTemplateId(row.template_id)) throw new Error("UNKNOWN_TEMPLATE");
      const params = JSON.parse(protector.open(row.params_sealed, "message.params"));
      await sender.send({
        phone: protector.open(row.phone_sealed, "message.phone"),
        text: renderMessage(row.template_id, params),
        reference: row.id,
      });
      const marked = await prisma.outboundMessage.updateMany({
        where: mine,
        data: { status: "SENT", sentAt: now, nextAttemptAt: null, lastError: null },
      });
      tally.sent += marked.count;
    } catch (error) {
      const code =
        error instanceof Error && error.message === "UNKNOWN_TEMPLATE"
          ? "UNKNOWN_TEMPLATE"
          : sendErrorCodeOf(error);
      const failed = row.attempts >= maxAttempts;
      const marked = await prisma.outboundMessage.updateMany({
        where: mine,
        data: failed
          ? { status: "FAILED", nextAttemptAt: null, lastError: code }
          : { nextAttemptAt: nextAttemptAfter(row.attempts, now), lastError: code },
      });
      if (failed) tally.failed += marked.count;
      else tally.retrying += marked.count;
    }
  }
  return tally;
}
