import type { DataProtector } from "@yibao/db";
import type { MessageGateway } from "./message-gateway";

/**
 * The built-in gateway: writes each message to `outbound_message`, the phone number and the
 * parameters (which may hold a one-time code) sealed. Nothing about it is logged.
 */
export function createOutboxMessageGateway(protector: DataProtector): MessageGateway {
  return {
    async send(writer, message, now) {
      await writer.outboundMessage.create({
        data: {
          personId: message.personId ?? null,
          phoneSealed: protector.seal(message.phone, "message.phone"),
          templateId: message.templateId,
          paramsSealed: protector.seal(JSON.stringify(message.params), "message.params"),
          createdAt: now,
        },
      });
    },
  };
}
