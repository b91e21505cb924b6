import type { JobDefinition } from "../job-definition";

/** The working-day calendar's reminder to administrators. */
export const calendarJobs: readonly JobDefinition[] = [];
