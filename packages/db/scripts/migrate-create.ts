import { createMigration } from "../src/migrations/create-migration";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) {
    throw new Error("Name the migration: pnpm --filter @yibao/db migrate:create <name>");
  }
  const created = await createMigration({ name, now: new Date() });
  if (created === null) {
    console.log("no changes: the migrations already match prisma/schema.prisma");
    return;
  }
  console.log(`created prisma/migrations/${created.migrationName}/migration.sql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
