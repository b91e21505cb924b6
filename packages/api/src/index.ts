export type {
  ApiContext,
  ApiLogger,
  CookieJar,
  CookieOptions,
  JobPort,
  SystemActor,
} from "./context";
export { sessionCookieNames } from "./context";
export {
  DomainError,
  type DomainErrorCode,
  domainErrorCodes,
  messageFor,
  trpcCodeFor,
} from "./errors";
export { type AppRouter, appRouter } from "./root-router";
export { procedureAliases } from "./routers/procedure-aliases";
export { cancelUncollected } from "./services/cards/cancel-uncollected";
export { expirePickup } from "./services/cards/expire-pickup";
export { pickupReminderDays, sendPickupReminders } from "./services/cards/send-pickup-reminders";
export { sendMorningDigest } from "./services/digest/send-morning-digest";
export { resumeBatchChecks } from "./services/employers/resume-batch-checks";
export { listFailedJobs } from "./services/jobs/list-failed-jobs";
export type { SentJob } from "./services/jobs/sent-job";
export { sentJobs } from "./services/jobs/sent-jobs";
export {
  deliverPendingMessages,
  deliveryPolicy,
} from "./services/messages/deliver-pending-messages";
export type { MessageGateway, OutgoingMessage } from "./services/messages/message-gateway";
export { createOutboxMessageGateway } from "./services/messages/outbox-message-gateway";
export {
  createHttpSmsSender,
  SmsRefusedError,
  type SmsSender,
} from "./services/messages/sms-sender";
export { systemContext } from "./services/system-context";
export {
  type ReceivedUpload,
  receiveUpload,
  uploadMaxBytes,
} from "./services/uploads/receive-upload";
export { createCallerFactory, type ProcedureAccess, type ProcedureMeta } from "./trpc";
