export { type TestDatabaseKind, testDatabaseKinds, testPostgresUrl } from "./config";
export {
  type CreateTestDatabaseOptions,
  createTestDatabase,
  type TestDatabase,
} from "./create-test-database";
