import { randomUUID } from "node:crypto";
import type { DataProtector } from "@yibao/db";
import { insertJsonRows } from "../bulk/insert-json-rows";
import type { MessageGateway, OutgoingMessage } from "./message-gateway";

/**
 * The built-in gateway: writes each message to `outbound_message`, the phone number and the
 * parameters (which may hold a one-time code) sealed. A message whose dedupe key is queued
 * already is skipped in the database (`ON CONFLICT DO NOTHING`), so two transactions racing
 * with the same key queue it once and neither fails. Nothing about it is logged.
 */
export function createOutboxMessageGateway(protector: DataProtector): MessageGateway {
  const rowOf = (message: OutgoingMessage, now: Date) => ({
    personId: message.personId ?? null,
    phoneSealed: protector.seal(message.phone, "message.phone"),
    templateId: message.templateId,
    paramsSealed: protector.seal(JSON.stringify(message.params), "message.params"),
    createdAt: now,
    dedupeKey: message.dedupeKey ?? null,
  });
  return {
    async send(writer, message, now) {
      await writer.outboundMessage.createMany({
        data: [rowOf(message, now)],
        skipDuplicates: true,
      });
    },
    // Thousands at once (an employer's batch): one statement, not one bound value each.
    async sendMany(writer, messages, now) {
      await insertJsonRows(
        writer,
        "outbound_message",
        {
          id: "uuid",
          person_id: "uuid",
          phone_sealed: "text",
          template_id: "text",
          params_sealed: "text",
          created_at: "timestamptz",
          dedupe_key: "text",
        },
        messages.map((message) => {
          const row = rowOf(message, now);
          return {
            id: randomUUID(),
            person_id: row.personId,
            phone_sealed: row.phoneSealed,
            template_id: row.templateId,
            params_sealed: row.paramsSealed,
            created_at: now.toISOString(),
            dedupe_key: row.dedupeKey,
          };
        }),
        { onConflictDoNothing: true },
      );
    },
  };
}
