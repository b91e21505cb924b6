export type TestDatabaseKind = "pglite" | "postgres";

const knownKinds: readonly TestDatabaseKind[] = ["pglite", "postgres"];

/**
 * The databases integration tests run on, from `YIBAO_TEST_DATABASES` (comma-separated,
 * default `pglite,postgres`). Use with `describe.each(testDatabaseKinds())`.
 */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const listed = (process.env.YIBAO_TEST_DATABASES ?? "pglite,postgres")
    .split(",")
    .map((kind) => kind.trim())
    .filter((kind) => kind !== "");
  const unknown = listed.filter((kind) => !knownKinds.includes(kind as TestDatabaseKind));
  if (unknown.length > 0 || listed.length === 0) {
    throw new Error(
      `YIBAO_TEST_DATABASES must list pglite, postgres or both, comma-separated; got "${process.env.YIBAO_TEST_DATABASES}".`,
    );
  }
  return [...new Set(listed)] as TestDatabaseKind[];
}

/** A PostgreSQL server where the tests may create and drop databases. */
export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}
