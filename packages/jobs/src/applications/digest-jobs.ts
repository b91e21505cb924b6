import type { JobDefinition } from "../job-definition";

/** The working morning's digest to service points and the county centre. */
export const digestJobs: readonly JobDefinition[] = [];
