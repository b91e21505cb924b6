import type { DataProtector } from "@yibao/db";
import type { MessageGateway } from "./message-gateway";

/**
 * The built-in gateway: writes each message to `outbound_message`, the phone number and the
 * parameters (which may hold a one-time code) sealed. A message whose dedupe key is queued
 * already is skipped in the database (`ON CONFLICT DO NOTHING`), so two transactions racing
 * with the same key queue it once and neither fails. Nothing about it is logged.
 */
export function createOutboxMessageGateway(protector: DataProtector): MessageGateway {
  return {
    async send(writer, message, now) {
      await writer.outboundMessage.createMany({
        data: [
          {
            personId: message.personId ?? null,
            phoneSealed: protector.seal(message.phone, "message.phone"),
            templateId: message.templateId,
            paramsSealed: protector.seal(JSON.stringify(message.params), "message.params"),
            createdAt: now,
            dedupeKey: message.dedupeKey ?? null,
          },
        ],
        skipDuplicates: true,
      });
    },
  };
}
