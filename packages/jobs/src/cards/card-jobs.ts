import { cancelUncollected, expirePickup, sendPickupReminders, systemContext } from "@yibao/api";
import type { JobDefinition } from "../job-definition";

// Each morning in China (01:00 UTC is 09:00 there), when a text message is welcome: the day's
// expiries first, then the cancellations, then the reminders. Each acts once however often it
// runs (conditional updates at the version read, dedupe keys on the messages).
const retry = { limit: 3, delaySeconds: 60, backoff: true } as const;

/**
 * READY_FOR_PICKUP, or WITH_EMPLOYER (an employer's card not handed out), past its last day to
 * collect → UNCOLLECTED, on the recall list.
 */
export const expirePickupJob: JobDefinition = {
  name: "cards.expire-pickup",
  schedule: "0 1 * * *",
  retry,
  run: ({ database, now }) => expirePickup(systemContext(database, now, "cards.expire-pickup")),
};

/** UNCOLLECTED or RETURNED_TO_CENTRE past the recall period → EXPIRED (cancelled). */
export const cancelUncollectedJob: JobDefinition = {
  name: "cards.cancel-uncollected",
  schedule: "10 1 * * *",
  retry,
  run: ({ database, now }) =>
    cancelUncollected(systemContext(database, now, "cards.cancel-uncollected")),
};

/** The reminders 30 and 7 days before a ready card's last day to collect. */
export const pickupReminderJob: JobDefinition = {
  name: "cards.remind-pickup",
  schedule: "20 1 * * *",
  retry,
  run: ({ database, now }) =>
    sendPickupReminders(systemContext(database, now, "cards.remind-pickup")),
};

/** The uncollected-card path: pickup reminders, expiry, cancellation. */
export const cardJobs: readonly JobDefinition[] = [
  expirePickupJob,
  cancelUncollectedJob,
  pickupReminderJob,
];
