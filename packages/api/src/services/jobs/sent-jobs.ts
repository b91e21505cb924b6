import { batchCheckJob } from "../employers/batch-check-job";
import type { SentJob } from "./sent-job";

/** Every job a request may send; the queue runs each under its name. */
export const sentJobs: readonly SentJob[] = [batchCheckJob];
