import { z } from "zod";

/**
 * The closed list of what the audit trail records (GB/T 22239-2019 8.1.4.3 安全审计): every
 * write, and every read of another person's data by staff. `reason: true` marks the actions that
 * are refused without a stated reason. Entries hold these codes and facts, never sentences: the
 * apps put them into words.
 */
export const auditActionTable = {
  "auth.login": { reason: false },
  "auth.logout": { reason: false },
  "auth.sign-out-everywhere": { reason: false },
  "auth.login-locked": { reason: false },
  "auth.recovery-code-used": { reason: false },
  "auth.registered": { reason: false },
  "auth.verification-code-sent": { reason: false },
  "auth.password-reset": { reason: false },
  "auth.password-changed": { reason: false },
  "auth.second-factor-enrolled": { reason: false },
  "auth.second-factor-disabled": { reason: false },
  "profile.elder-mode-set": { reason: false },
  "citizen-login.unlocked": { reason: false },
  "staff-user.created": { reason: false },
  "staff-user.password-reset": { reason: false },
  "staff-user.second-factor-reset": { reason: true },
  "staff-user.activated": { reason: false },
  "staff-user.deactivated": { reason: false },
  "staff-user.unlocked": { reason: false },
  "staff-user.role-granted": { reason: false },
  "person.resident-id-revealed": { reason: true },
  "application.submitted": { reason: false },
  "application.action-recorded": { reason: false },
  "application.read": { reason: false },
  "application.searched": { reason: false },
  "card.reported-lost": { reason: false },
  "audit.searched": { reason: false },
  "audit.exported": { reason: false },
  "audit.chain-verified": { reason: false },
  "outbox.read": { reason: false },
  "calendar.year-set": { reason: false },
  "parameter.set": { reason: true },
  "message.resent": { reason: false },
  "rating.submitted": { reason: false },
  "follow-up.read": { reason: false },
  "follow-up.call-back-recorded": { reason: false },
  "account.looked-up": { reason: true },
  "settlement.recorded": { reason: false },
  "settlement.reversed": { reason: false },
  "upload.received": { reason: false },
  // The tax authority: registrations, collections, supervision; reads that show people's data.
  "payer.registered": { reason: false },
  "payer.registered-by-exception": { reason: true },
  "payer.changed": { reason: false },
  "payer.cancelled": { reason: false },
  "employment.recorded": { reason: false },
  "employment.ended": { reason: false },
  "payer.read": { reason: false },
  "collection.checked": { reason: false },
  "collection.credited": { reason: false },
  "arrears.read": { reason: false },
  "supervision.case-opened": { reason: false },
  "supervision.entry-recorded": { reason: false },
  "employer-batch.check-requested": { reason: false },
  "employer-batch.checked": { reason: false },
  "employer-batch.letter-attached": { reason: false },
  "employer-batch.submitted": { reason: false },
  // The county centre's side of employers' batches; each card's own steps are recorded as
  // application.action-recorded as well.
  "employer-batch.read": { reason: false },
  "employer-batch.letter-read": { reason: false },
  "employer-batch.decided": { reason: false },
  "employer-batch.advanced": { reason: false },
  "employer-batch.hand-over-list-read": { reason: false },
  "employer-batch.collection-recorded": { reason: false },
} as const satisfies Record<string, { reason: boolean }>;

export type AuditAction = keyof typeof auditActionTable;
export const auditActions = Object.keys(auditActionTable) as AuditAction[];
export const auditActionSchema = z.enum(auditActions as [AuditAction, ...AuditAction[]]);

export const auditResults = ["SUCCEEDED", "REFUSED"] as const;
export type AuditResult = (typeof auditResults)[number];

export function auditActionRequiresReason(action: AuditAction): boolean {
  return auditActionTable[action].reason;
}
