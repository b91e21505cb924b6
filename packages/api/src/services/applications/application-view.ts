import {
  type ApplicationActionType,
  type ApplicationStatus,
  applicationStatusOf,
  type CoveredWorkingCalendar,
  chinaToday,
  dueDateOf,
  type MissingItem,
  type Refusal,
  workingDaysLeft,
} from "@yibao/domain";
import type { StoredApplication } from "./stored-application";

export interface ApplicationView {
  id: string;
  reference: string;
  kind: "FIRST_ISSUE" | "REPLACEMENT";
  replacementReason: string | null;
  channel: StoredApplication["channel"];
  applicantKind: StoredApplication["applicant"]["kind"];
  status: ApplicationStatus;
  servicePoint: {
    code: string;
    name: string;
    address: string;
    openingHours: string;
    phone: string;
  };
  submittedAt: string;
  dueDate: string;
  dueDateProvisional: boolean;
  workingDaysLeft: number;
  pickupBy: string | null;
  missingItems: MissingItem[] | null;
  refusal: Refusal | null;
  timeline: Array<{ status: ApplicationStatus; at: string; action: ApplicationActionType }>;
  cardNumber: string | null;
  version: number;
}

/** `Y1234****`: a card number as the holder and the counter see it by default. */
export function maskCardNumber(number: string): string {
  return number.length <= 4
    ? "****"
    : `${number.slice(0, number.length - 4).replace(/./g, "*")}${number.slice(-4)}`;
}

/**
 * An application as people read it: the status and every step with its date, the due date and
 * the working days left (computed now from the calendar, so a provisional date settles by itself
 * once next year is entered), where and until when to collect, and the notice of what is missing
 * or why it was refused.
 */
export function applicationView(
  stored: StoredApplication,
  calendar: CoveredWorkingCalendar,
  now: Date,
  options: { fullCardNumber: boolean },
): ApplicationView {
  const { row, actions } = stored;
  const status = applicationStatusOf(actions);
  // The promise in force on the day it was submitted (county parameter, kept on the row).
  const due = dueDateOf(stored, calendar, { promiseWorkingDays: row.promiseWorkingDays });
  const timeline = actions.map((action, index) => ({
    status: applicationStatusOf(actions.slice(0, index + 1)),
    at: action.at,
    action: action.type,
  }));
  const lastNotice = actions.findLast((action) => action.type === "REQUEST_MATERIALS");
  const refusal = actions.findLast((action) => action.type === "REFUSE");
  const ready = actions.findLast((action) => action.type === "MARK_READY");
  const number = row.card?.number ?? null;
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    replacementReason: row.replacementReason,
    channel: row.channel,
    applicantKind: stored.applicant.kind,
    status,
    servicePoint: {
      code: row.servicePoint.code,
      name: row.servicePoint.name,
      address: row.servicePoint.address,
      openingHours: row.servicePoint.openingHours,
      phone: row.servicePoint.phone,
    },
    submittedAt: row.submittedAt.toISOString(),
    dueDate: due.dueDate,
    dueDateProvisional: due.provisional,
    workingDaysLeft: workingDaysLeft(due.dueDate, chinaToday(now), calendar),
    pickupBy: status === "READY_FOR_PICKUP" && ready ? ready.pickupDeadline : null,
    missingItems: status === "NEEDS_MATERIALS" && lastNotice ? lastNotice.missingItems : null,
    refusal: status === "REFUSED" && refusal ? refusal.refusal : null,
    timeline,
    cardNumber: number === null ? null : options.fullCardNumber ? number : maskCardNumber(number),
    version: row.version,
  };
}
