import type { Entry } from "./matrix-entry";

/** Undelivered text messages and failed background jobs; the uncollected-card path. */
export const deliveriesAndJobsMatrix: Record<string, Entry> = {};
