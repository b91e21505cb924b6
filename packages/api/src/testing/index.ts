export { latestCodeSentTo, readOutbox } from "./read-outbox";
export { demoStaffCode } from "./staff-sign-in";
