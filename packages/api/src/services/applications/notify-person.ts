import type { PrismaClient } from "@yibao/db";
import { applicationStatuses } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { recallDeadlineOf } from "../cards/recall-deadline-of";
import {
  type ApplicationMessageFacts,
  type ApplicationMessageKind,
  messageParamsOf,
} from "../messages/application-message-words";
import { applicationTemplateOf } from "../messages/message-templates";

type Writer = Pick<
  PrismaClient,
  "citizenNotification" | "outboundMessage" | "servicePoint" | "person"
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

/**
 * Tells the person about their application, inside the caller's transaction: a message in the
 * in-app inbox (facts, rendered when read) and a text message in the outbox (the same words),
 * each under its dedupe key, so a repeat is a no-op. Neither holds an ID number.
 */
export async function notifyPerson(
  writer: Writer,
  ctx: Pick<ServiceContext, "protector" | "messages" | "now">,
  notice: ApplicationNotice,
): Promise<void> {
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
  await writer.citizenNotification.createMany({
    data: [
      {
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
      },
    ],
    skipDuplicates: true,
  });
  const phone = await phoneOf(writer, ctx, application);
  if (phone === null) return;
  await ctx.messages.send(
    writer,
    {
      phone,
      templateId: applicationTemplateOf(kind),
      params: messageParamsOf(facts),
      personId: application.personId,
      dedupeKey: `sms:${notice.dedupeKey}`,
    },
    ctx.now,
  );
}

function stripUndefined(facts: Record<string, string | number | undefined>) {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}
