import { demoPassword } from "@yibao/db";
import type { Role } from "@yibao/domain";
import { type Entry, noSuchId } from "./matrix-entry";

const agent: readonly Role[] = ["EMPLOYER_AGENT"];
const onNoBatch = { batchId: noSuchId };

/** The employer's handling agent (the employer issue): signing in, its own account, its batches. */
export const employerPortalMatrix: Record<string, Entry> = {
  "auth.employerLogin": { allowed: "public" },
  "auth.employerLogout": { allowed: "public" },
  "employer.session": { allowed: "public" },
  "employer.extendSession": {
    allowed: agent,
    call: (c) => c.employer.extendSession(),
    notAudited: "keeps a session alive; changes no one's data",
  },
  "employer.security.changePassword": {
    allowed: agent,
    call: (c) =>
      c.employer.security.changePassword({
        currentPassword: demoPassword,
        newPassword: "Qingshan#2027",
      }),
  },
  "employer.security.signOutEverywhere": {
    allowed: agent,
    call: (c) => c.employer.security.signOutEverywhere(),
  },
  "employer.secondFactor.beginEnrolment": {
    allowed: agent,
    call: (c) => c.employer.secondFactor.beginEnrolment(),
    notAudited: "a pending secret that opens nothing until a code confirms it",
  },
  "employer.secondFactor.confirmEnrolment": {
    allowed: agent,
    call: (c) => c.employer.secondFactor.confirmEnrolment({ code: "000000" }),
  },
  "employer.secondFactor.disable": {
    allowed: agent,
    call: (c) => c.employer.secondFactor.disable({ password: demoPassword, code: "000000" }),
  },
  "employer.batches.list": { allowed: agent, call: (c) => c.employer.batches.list() },
  "employer.batches.get": { allowed: agent, call: (c) => c.employer.batches.get(onNoBatch) },
  "employer.batches.rows": { allowed: agent, call: (c) => c.employer.batches.rows(onNoBatch) },
  "employer.batches.check": {
    allowed: agent,
    call: (c) => c.employer.batches.check({ uploadId: noSuchId }),
  },
  "employer.batches.attachLetter": {
    allowed: agent,
    call: (c) => c.employer.batches.attachLetter({ ...onNoBatch, uploadId: noSuchId }),
  },
  "employer.batches.submit": {
    allowed: agent,
    call: (c) => c.employer.batches.submit({ ...onNoBatch, idempotencyKey: "matrix-submit-1" }),
  },
  "employer.cards.list": { allowed: agent, call: (c) => c.employer.cards.list() },
  "employer.cards.handOut": {
    allowed: agent,
    call: (c) => c.employer.cards.handOut({ applicationId: noSuchId, version: 1 }),
  },
};
