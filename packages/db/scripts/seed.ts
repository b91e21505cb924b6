import { readDatabaseConfig } from "../src/config";
import { createDatabase } from "../src/create-database";
import { migrateDatabase } from "../src/migrate-database";
import { seedDemoData } from "../src/seed/seed-demo-data";

async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      "Refusing to seed demo data with NODE_ENV=production: demo logins share a published password.",
    );
  }
  const database = await createDatabase(readDatabaseConfig(process.env));
  try {
    await migrateDatabase(database);
    await seedDemoData(database.prisma, { now: new Date(), nodeEnv: process.env.NODE_ENV });
    console.log(`${database.kind}: demo data seeded (云溪县, password Yibao@2026)`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
