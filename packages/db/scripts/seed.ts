import { readDatabaseConfig } from "../src/config";
import { createDatabase } from "../src/create-database";
import { migrateDatabase } from "../src/migrate-database";
import { calendar2026 } from "../src/seed/calendar-2026";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { seedWorkingCalendar } from "../src/seed/seed-working-calendar";

/**
 * `seed` adds the demo county (refused in production); `seed -- --reference-only` adds only the
 * reference data every deployment needs (the working-day calendar), production included.
 */
async function main(): Promise<void> {
  const referenceOnly = process.argv.includes("--reference-only");
  const database = await createDatabase(readDatabaseConfig(process.env));
  try {
    await migrateDatabase(database);
    if (referenceOnly) {
      await seedWorkingCalendar(database.prisma, calendar2026);
      console.log(`${database.kind}: reference data seeded (working-day calendar)`);
    } else {
      await seedDemoData(database, { now: new Date(), nodeEnv: process.env.NODE_ENV });
      console.log(`${database.kind}: demo data seeded (云溪县, password Yibao@2026)`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
