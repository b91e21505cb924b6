import type { Entry } from "./matrix-entry";

/** The SLA dashboard, escalation and the staff inbox. */
export const dashboardAndInboxMatrix: Record<string, Entry> = {};
