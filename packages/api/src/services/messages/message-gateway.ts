import type { PrismaClient } from "@yibao/db";
import type { MessageTemplateId } from "./message-templates";

type Writer = Pick<PrismaClient, "outboundMessage" | "$executeRaw">;

export interface OutgoingMessage {
  phone: string;
  templateId: MessageTemplateId;
  params: Record<string, string>;
  /** The person it concerns, so that their messages can be found and erased with them. */
  personId?: string | null;
  /**
   * Names the message once for good (`sms:application:<id>:<seq>`): queuing it again — a job run
   * twice, a repeated request — queues nothing. Omitted for messages that may repeat (a new code).
   */
  dedupeKey?: string;
}

/**
 * Where text messages go. Callers pass their transaction, so a message is queued only together
 * with the change it tells about. A real SMS provider sends from the outbox (configuration picks
 * the sender); tests and development read the outbox itself.
 */
export interface MessageGateway {
  send(writer: Writer, message: OutgoingMessage, now: Date): Promise<void>;
  /** The same for many at once (an employer's batch tells every employee): one write, not one each. */
  sendMany(writer: Writer, messages: readonly OutgoingMessage[], now: Date): Promise<void>;
}
