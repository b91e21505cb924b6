import { readDatabaseConfig } from "../src/config";
import { createDatabase } from "../src/create-database";
import { migrateDatabase } from "../src/migrate-database";

async function main(): Promise<void> {
  const database = await createDatabase(readDatabaseConfig(process.env));
  try {
    const { appliedMigrationNames } = await migrateDatabase(database);
    if (appliedMigrationNames.length === 0) {
      console.log(`${database.kind}: no pending migrations`);
    }
    for (const name of appliedMigrationNames) {
      console.log(`${database.kind}: applied ${name}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
