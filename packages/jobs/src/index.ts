export { type JobsConfig, readJobsConfig } from "./config";
export {
  type CreateJobQueueOptions,
  createJobQueue,
  type JobLogger,
  type JobQueue,
} from "./create-job-queue";
export { employerJobs } from "./employers/employer-jobs";
export type { JobContext, JobDefinition, RetryPolicy } from "./job-definition";
export { jobDefinitions } from "./job-definitions";
export { messageDelivery } from "./messages/message-delivery";
export { securityCleanUp } from "./security/security-clean-up";
