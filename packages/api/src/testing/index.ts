export { batchSheet, newResidentId, uploadAs } from "./employer-batch-files";
export { latestCodeSentTo, readOutbox } from "./read-outbox";
export { callerWithSession, sessionCookieFor } from "./session-for";
export { demoStaffCode } from "./staff-sign-in";
export { createTestJobPort, type TestJobPort } from "./test-job-port";
