export {
  type ActorKind,
  type AuditActorKind,
  actorKindOfRole,
  actorKindSchema,
  actorKinds,
  auditActorKinds,
  rolesOfActorKind,
} from "./access/actor-kinds";
export { loginLockoutPolicy } from "./access/login-lockout";
export {
  hasPermission,
  type Permission,
  permissionSchema,
  permissions,
  rolePermissions,
} from "./access/permissions";
export {
  type RateLimitBucket,
  type RateLimitRule,
  rateLimitPolicy,
  rateLimitWindow,
} from "./access/rate-limit-policy";
export {
  canAccessServicePoint,
  roleScope,
  type Scope,
  type ServicePointActor,
  scopeSchema,
  scopes,
} from "./access/role-scope";
export {
  countyStaffRoles,
  type EmployerRole,
  employerRoles,
  isPrivilegedStaffRole,
  isStaffRole,
  privilegedStaffRoles,
  type Role,
  roleSchema,
  roles,
  type StaffRole,
  staffRoleSchema,
  staffRoles,
} from "./access/roles";
export {
  extendedIdleExpiry,
  newSessionExpiry,
  type SessionExpiry,
  sessionPolicy,
} from "./access/session-policy";
export {
  isOpenAtStage,
  permissionsOpenAtStage,
  type SessionStage,
  sessionStageFor,
  sessionStageSchema,
  sessionStages,
} from "./access/session-stages";
export { managesStaffAccount } from "./access/staff-management";
export {
  type VerificationPurpose,
  verificationPolicy,
  verificationPurposes,
} from "./access/verification-policy";
// The account (issue: the account).
export * from "./account/account-look-up-reasons";
export {
  type AccountStatus,
  type AccountStatusInput,
  type AccountStatusResult,
  accountStatuses,
  accountStatusFor,
  accountStatusSchema,
} from "./account/account-status-for";
export * from "./account/account-summary-schema";
export * from "./account/balance-projection";
export * from "./account/institution-kinds";
export * from "./account/ledger-entry-kinds";
export * from "./account/ledger-entry-view-schema";
export * from "./account/may-pay-from-account";
export * from "./account/personal-account-credit";
export * from "./account/settlement-split";
// The card application workflow (issue: card applications); each file's names, as written there.
export * from "./applications/applicant-schema";
export * from "./applications/application-action-table";
export * from "./applications/application-actions";
export * from "./applications/application-channels";
export * from "./applications/application-guards";
export * from "./applications/application-kinds";
export * from "./applications/application-request-schema";
export * from "./applications/application-status-of";
export * from "./applications/application-statuses";
export * from "./applications/apply-action";
export * from "./applications/available-actions";
export * from "./applications/can-apply";
export * from "./applications/can-cancel-loss-report";
export * from "./applications/card-application";
export * from "./applications/card-effects-of";
export * from "./applications/card-status-of";
export * from "./applications/check-card-photo";
export * from "./applications/collector-schema";
export * from "./applications/due-date-of";
export * from "./applications/employer-batch-decisions";
export * from "./applications/id-document-schema";
export * from "./applications/missing-items-schema";
export * from "./applications/pickup-deadline-of";
export * from "./applications/refusal-schema";
export * from "./applications/working-days-left";
export {
  type AuditAction,
  type AuditResult,
  auditActionRequiresReason,
  auditActionSchema,
  auditActions,
  auditResults,
} from "./audit/audit-actions";
export { type RevealReason, revealReasonSchema, revealReasons } from "./audit/reveal-reasons";
// A year's holiday notice as administrators enter it (issue: calendar and parameters).
export * from "./calendar/calendar-year-check";
export * from "./calendar/calendar-year-reminder";
export * from "./calendar/calendar-year-schema";
export * from "./calendar/covered-working-calendar";
export { dayOfWeek, epochDayOf, isoDateOfEpochDay } from "./calendar/epoch-day";
export { isIsoDate } from "./calendar/iso-date";
export {
  createWorkingCalendar,
  type WorkingCalendar,
  type WorkingCalendarInput,
} from "./calendar/working-calendar";
// The SLA dashboard (issue: SLA dashboard and escalation).
export * from "./dashboard/month-range";
export * from "./dashboard/nearest-rank";
export * from "./dashboard/sla-figures";
export * from "./dashboard/sla-range-schema";
export * from "./dashboard/sla-row-schema";
// Employers' batches of card applications (the employer issue).
export * from "./employers/batch-columns";
export * from "./employers/batch-file-errors";
export * from "./employers/batch-limits";
export * from "./employers/batch-row-problem-of-person";
export * from "./employers/batch-row-problems";
export * from "./employers/batch-statuses";
export * from "./employers/check-batch-row";
export * from "./employers/find-service-point";
export * from "./employers/letter-of-introduction";
export * from "./employers/mark-duplicate-rows";
export * from "./employers/photo-entry-name";
export {
  type DomainErrorCode,
  domainErrorCodeSchema,
  domainErrorCodes,
} from "./errors/domain-error-codes";
export {
  CREDIT_CODE_CHARACTERS,
  creditCodeCheckCharacter,
} from "./identifiers/credit-code-check-character";
export { maskPersonName } from "./identifiers/mask-person-name";
export { maskResidentId } from "./identifiers/mask-resident-id";
export { residentIdCheckCharacter } from "./identifiers/resident-id-check-character";
export {
  type CreditCodeRejection,
  type CreditCodeResult,
  creditCodeRejectionSchema,
  creditCodeRejections,
  validateCreditCode,
} from "./identifiers/validate-credit-code";
export {
  type ResidentIdRejection,
  type ResidentIdResult,
  residentIdRejectionSchema,
  residentIdRejections,
  type Sex,
  validateResidentId,
} from "./identifiers/validate-resident-id";
export { divideRounded } from "./money/divide-rounded";
export { formatFen } from "./money/format-fen";
export {
  parseYuanToFen,
  type YuanParseResult,
  type YuanRejection,
  yuanRejectionSchema,
  yuanRejections,
} from "./money/parse-yuan-to-fen";
export { addMonths } from "./months/add-months";
export { compareMonths } from "./months/compare-months";
export { monthOf } from "./months/month-of";
export { isMonth, monthSchema } from "./months/month-schema";
// What staff inboxes hold (issue: service operations).
export * from "./notifications/staff-notification-topics";
// County parameters with their history (issue: service operations).
export * from "./parameters/county-parameters";
export { dateOfMonthDay, isMonthDay } from "./parameters/month-day";
export {
  checkNewPassword,
  type PasswordOwner,
  type PasswordRejection,
  passwordRejectionSchema,
  passwordRejections,
} from "./passwords/check-new-password";
export { isCommonPassword } from "./passwords/common-passwords";
export { newPasswordSchema } from "./passwords/new-password-schema";
export { isPasswordExpired, passwordExpiresAt } from "./passwords/password-expiry";
export { passwordPolicy } from "./passwords/password-policy";
export * from "./queues/application-queues";
// 好差评: ratings and their follow-ups (issue: service operations).
export * from "./ratings/can-rate";
export * from "./ratings/follow-up-due-date";
export * from "./ratings/follow-up-outcomes";
export * from "./ratings/opens-follow-up";
export * from "./ratings/rating-channels";
export * from "./ratings/rating-figures";
export * from "./ratings/rating-schema";
export * from "./ratings/rating-state-schema";
export { creditCodeSchema } from "./schemas/credit-code-schema";
export { isoDateSchema } from "./schemas/iso-date-schema";
export { passwordInputSchema } from "./schemas/password-input-schema";
export { maskPhone, phoneSchema } from "./schemas/phone-schema";
export { residentIdSchema } from "./schemas/resident-id-schema";
export { usernameSchema } from "./schemas/username-schema";
// The files outsiders send: why a spreadsheet is refused, and escaping the cells we export.
export * from "./spreadsheets/spreadsheet-problem-codes";
export * from "./spreadsheets/spreadsheet-safe-text";
// The tax authority: payers, collections, arrears, supervision, the fund's income (issue: tax).
export * from "./tax/assessed-premium";
export * from "./tax/budget-proposal";
export * from "./tax/check-collection-row";
export * from "./tax/collection-columns";
export * from "./tax/collection-report";
export * from "./tax/collection-row-outcomes";
export * from "./tax/final-accounts";
export * from "./tax/fund-income-figures";
export * from "./tax/individual-schemes";
export * from "./tax/late-fee-fen";
export * from "./tax/months-owed";
export * from "./tax/payer-registration-event-kinds";
export * from "./tax/person-arrears";
export * from "./tax/premium-due-date";
export * from "./tax/resident-cover";
export * from "./tax/supervision-vocabulary";
export { chinaToday } from "./time/china-today";
export { startOfChinaDay } from "./time/start-of-china-day";
