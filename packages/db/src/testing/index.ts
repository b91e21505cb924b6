export { type TestDatabaseKind, testDatabaseKinds, testPostgresUrl } from "./config";
export {
  type CreateTestDatabaseOptions,
  createTestDatabase,
  type TestDatabase,
} from "./create-test-database";
export {
  createSubmittedEmployerBatch,
  letterOfIntroductionPdf,
  type SubmittedBatchEmployee,
  type SubmittedEmployerBatch,
  type SubmittedEmployerBatchOptions,
} from "./submitted-employer-batch";
