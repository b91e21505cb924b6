import type { JobDefinition } from "../job-definition";

/** The uncollected-card path: pickup reminders, expiry, cancellation. */
export const cardJobs: readonly JobDefinition[] = [];
