import type { ApplicationActionType, ApplicationQueue } from "@yibao/domain";

/** The columns a queue's table can show (queue-columns.tsx words and renders each). */
export type QueueColumnId =
  | "reference"
  | "name"
  | "maskedResidentId"
  | "channel"
  | "status"
  | "servicePoint"
  | "dueDate"
  | "daysLeft";

/**
 * One work queue of the counter, as data (STYLE.md, rule 3): the API's filter is the queue's name
 * (@yibao/domain `applicationQueues`), then the columns it shows and the action the clerk usually
 * takes next, which the detail pane puts first.
 */
export interface QueueConfig {
  queue: ApplicationQueue;
  /** Alt and a digit, the queue's place in the sidebar. */
  keys: string;
  columns: readonly QueueColumnId[];
  primaryAction: ApplicationActionType | null;
}

const withDue: readonly QueueColumnId[] = [
  "reference",
  "name",
  "maskedResidentId",
  "channel",
  "status",
  "servicePoint",
  "dueDate",
  "daysLeft",
];
// Waiting on the applicant or on the holder: the 3-working-day promise is not running.
const offTheClock: readonly QueueColumnId[] = [
  "reference",
  "name",
  "maskedResidentId",
  "channel",
  "status",
  "servicePoint",
];

export const queueConfigs: readonly QueueConfig[] = [
  { queue: "TO_VERIFY", keys: "Alt+1", columns: withDue, primaryAction: "VERIFY_DOCUMENTS" },
  { queue: "NEEDS_MATERIALS", keys: "Alt+2", columns: offTheClock, primaryAction: "RESUBMIT" },
  { queue: "TO_PRODUCE", keys: "Alt+3", columns: withDue, primaryAction: "START_PRODUCTION" },
  { queue: "READY_FOR_PICKUP", keys: "Alt+4", columns: offTheClock, primaryAction: "HAND_OVER" },
  { queue: "OVERDUE", keys: "Alt+5", columns: withDue, primaryAction: null },
  { queue: "ESCALATED", keys: "Alt+7", columns: withDue, primaryAction: null },
  { queue: "RECALL", keys: "Alt+8", columns: offTheClock, primaryAction: "RETURN_TO_CENTRE" },
  { queue: "ALL_OPEN", keys: "Alt+6", columns: withDue, primaryAction: null },
];

export const defaultQueue: ApplicationQueue = "TO_VERIFY";

export function queueConfigOf(queue: string | null): QueueConfig {
  return queueConfigs.find((config) => config.queue === queue) ?? (queueConfigs[0] as QueueConfig);
}
