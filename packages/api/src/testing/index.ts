export { latestCodeSentTo, readOutbox } from "./read-outbox";
export { callerWithSession, sessionCookieFor } from "./session-for";
export { demoStaffCode } from "./staff-sign-in";
