export { type AuditChainVerdict, verifyAuditChain } from "./audit/verify-audit-chain";
export { loadCoveredCalendar, loadCoveredYears } from "./calendar/load-covered-calendar";
export { defaultPgliteDir, isPostgresUrl, isProductionEnv, readDatabaseConfig } from "./config";
export type { CreateDatabaseOptions } from "./create-database";
export { createDatabase } from "./create-database";
export type { Database } from "./database";
export * from "./generated/prisma/client";
export { migrateDatabase } from "./migrate-database";
export type { ApplyMigrationsResult } from "./migrations/apply-migrations";
export { loadParameterRecords } from "./parameters/load-parameter-records";
export { parametersInForceOn } from "./parameters/parameters-in-force-on";
export { hashPassword, verifyPassword } from "./password-hash";
export { queryPrepared } from "./prepared/query-prepared";
export {
  createDataProtector,
  type DataProtector,
  type SealBytesPurpose,
  type SealPurpose,
} from "./protection/data-protector";
export { type ProtectionConfig, readProtectionConfig } from "./protection/protection-config";
export { rotateKeys } from "./protection/rotate-keys";
export { type CalendarDay, calendar2026 } from "./seed/calendar-2026";
export { demoAccounts, demoPassword, demoTotpSecret } from "./seed/demo-accounts";
export { demoEmployerAgents } from "./seed/demo-employer-agents";
export { demoPhotoJpeg } from "./seed/demo-photo";
export { hasDemoData } from "./seed/has-demo-data";
export { demoDataMarker, type SeedDemoDataOptions, seedDemoData } from "./seed/seed-demo-data";
export { seedWorkingCalendar } from "./seed/seed-working-calendar";
