import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@yibao/db";
import { applicationStatuses } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { insertJsonRows } from "../bulk/insert-json-rows";
import { recallDeadlineOf } from "../cards/recall-deadline-of";
import {
  type ApplicationMessageFacts,
  type ApplicationMessageKind,
  messageParamsOf,
} from "../messages/application-message-words";
import type { OutgoingMessage } from "../messages/message-gateway";
import { applicationTemplateOf } from "../messages/message-templates";

type Writer = Pick<
  PrismaClient,
  "citizenNotification" | "outboundMessage" | "servicePoint" | "person" | "$executeRaw"
>;

/** What the inbox's topics are; the facts of each are rendered into words when read. */
export type CitizenNotificationTopic =
  | "APPLICATION_STATUS"
  | "PICKUP_REMINDER"
  | "DUE_DATE_CHANGED";

export interface ApplicationNotice {
  application: {
    id: string;
    personId: string;
    reference: string;
    /** The phone given on the application (sealed `application.phone`), if any. */
    phoneSealed: string | null;
    servicePointId: string;
    recallDays: number;
  };
  kind: ApplicationMessageKind;
  /** The last day to collect the card at the service point, once it is ready. */
  pickupBy: string | null;
  dueDate?: string;
  daysLeft?: number;
  /** Names this message once: a repeat (a retried request, a job run twice) sends nothing. */
  dedupeKey: string;
}

/** The messages that tell where the card waits. */
const tellsWhere: ReadonlySet<ApplicationMessageKind> = new Set([
  "READY_FOR_PICKUP",
  "UNCOLLECTED",
  "RETURNED_TO_CENTRE",
  "PICKUP_REMINDER",
]);

export function topicOf(kind: ApplicationMessageKind): CitizenNotificationTopic {
  return (applicationStatuses as readonly string[]).includes(kind)
    ? "APPLICATION_STATUS"
    : (kind as Exclude<CitizenNotificationTopic, "APPLICATION_STATUS">);
}

/** Where the card waits: the county centre once sent back, else the application's service point. */
async function placeOf(writer: Writer, notice: ApplicationNotice) {
  const select = { id: true, name: true, address: true, openingHours: true } as const;
  return notice.kind === "RETURNED_TO_CENTRE"
    ? writer.servicePoint.findFirst({
        where: { kind: "COUNTY_CENTRE" },
        orderBy: { code: "asc" },
        select,
      })
    : writer.servicePoint.findUnique({ where: { id: notice.application.servicePointId }, select });
}

/** The application's phone, else the person's: where the text message goes, if anywhere. */
async function phoneOf(
  writer: Writer,
  ctx: Pick<ServiceContext, "protector">,
  application: ApplicationNotice["application"],
): Promise<string | null> {
  if (application.phoneSealed)
    return ctx.protector.open(application.phoneSealed, "application.phone");
  const person = await writer.person.findUnique({
    where: { id: application.personId },
    select: { phoneSealed: true },
  });
  return person?.phoneSealed ? ctx.protector.open(person.phoneSealed, "person.phone") : null;
}

/** One notice as the rows it writes: the inbox message and, when there is a phone, the text. */
async function messagesOf(
  writer: Writer,
  ctx: Pick<ServiceContext, "protector" | "now">,
  notice: ApplicationNotice,
): Promise<{ inbox: Prisma.CitizenNotificationCreateManyInput; sms: OutgoingMessage | null }> {
  const { application, kind } = notice;
  const place = tellsWhere.has(kind) ? await placeOf(writer, notice) : null;
  const recallBy =
    notice.pickupBy === null
      ? undefined
      : recallDeadlineOf(notice.pickupBy, application.recallDays);
  const facts: ApplicationMessageFacts = {
    reference: application.reference,
    place: place ?? undefined,
    pickupBy: notice.pickupBy ?? undefined,
    recallBy,
    dueDate: notice.dueDate,
    daysLeft: notice.daysLeft,
  };
  const topic = topicOf(kind);
  const inbox = {
    personId: application.personId,
    createdAt: ctx.now,
    topic,
    applicationId: application.id,
    facts: stripUndefined({
      reference: application.reference,
      status: topic === "APPLICATION_STATUS" ? kind : undefined,
      servicePointId: place?.id,
      pickupBy: facts.pickupBy,
      recallBy: facts.recallBy,
      dueDate: facts.dueDate,
      daysLeft: facts.daysLeft,
    }),
    dedupeKey: notice.dedupeKey,
  };
  const phone = await phoneOf(writer, ctx, application);
  const sms =
    phone === null
      ? null
      : {
          phone,
          templateId: applicationTemplateOf(kind),
          params: messageParamsOf(facts),
          personId: application.personId,
          dedupeKey: `sms:${notice.dedupeKey}`,
        };
  return { inbox, sms };
}

/**
 * Tells the person about their application, inside the caller's transaction: a message in the
 * in-app inbox (facts, rendered when read) and a text message in the outbox (the same words),
 * each under its dedupe key, so a repeat is a no-op. Neither holds an ID number.
 */
export function notifyPerson(
  writer: Writer,
  ctx: Pick<ServiceContext, "protector" | "messages" | "now">,
  notice: ApplicationNotice,
): Promise<void> {
  return notifyPeople(writer, ctx, [notice]);
}

/** `notifyPerson` for many applications at once, in one write of each kind (an employer's batch). */
export async function notifyPeople(
  writer: Writer,
  ctx: Pick<ServiceContext, "protector" | "messages" | "now">,
  notices: readonly ApplicationNotice[],
): Promise<void> {
  const inbox: Prisma.CitizenNotificationCreateManyInput[] = [];
  const sms: OutgoingMessage[] = [];
  for (const notice of notices) {
    const messages = await messagesOf(writer, ctx, notice);
    inbox.push(messages.inbox);
    if (messages.sms) sms.push(messages.sms);
  }
  if (inbox.length === 0) return;
  if (inbox.length === 1) {
    await writer.citizenNotification.createMany({ data: inbox, skipDuplicates: true });
  } else {
    // Thousands at once (an employer's batch): one statement, not one bound value each.
    await insertJsonRows(
      writer,
      "citizen_notification",
      {
        id: "uuid",
        person_id: "uuid",
        created_at: "timestamptz",
        topic: "text",
        application_id: "uuid",
        facts: "jsonb",
        dedupe_key: "text",
      },
      inbox.map((message) => ({
        id: randomUUID(),
        person_id: message.personId,
        created_at: ctx.now.toISOString(),
        topic: message.topic,
        application_id: message.applicationId,
        facts: message.facts,
        dedupe_key: message.dedupeKey,
      })),
      { onConflictDoNothing: true },
    );
  }
  await ctx.messages.sendMany(writer, sms, ctx.now);
}

function stripUndefined(facts: Record<string, string | number | undefined>) {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}
