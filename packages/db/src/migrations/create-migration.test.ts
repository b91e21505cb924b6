import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMigration } from "./create-migration";
import { defaultMigrationsDirectory, defaultSchemaPath } from "./migration-list";

describe("createMigration()", () => {
  let workDirectory: string;
  let migrationsDirectory: string;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(tmpdir(), "yibao-migrations-"));
    migrationsDirectory = path.join(workDirectory, "migrations");
    await cp(defaultMigrationsDirectory, migrationsDirectory, { recursive: true });
  });
  afterEach(async () => {
    await rm(workDirectory, { recursive: true, force: true });
  });

  it("writes nothing when the migrations already match the schema", async () => {
    const before = await readdir(migrationsDirectory);
    const created = await createMigration({
      name: "nothing",
      now: new Date("2030-01-01T00:00:00Z"),
      migrationsDirectory,
    });
    expect(created).toBeNull();
    expect(await readdir(migrationsDirectory)).toEqual(before);
  });

  it("writes the next migration when the schema has changed", async () => {
    const schemaPath = path.join(workDirectory, "schema.prisma");
    const schema = await readFile(defaultSchemaPath, "utf8");
    await writeFile(
      schemaPath,
      `${schema}\nmodel Parameter {\n  name  String @id\n  value String\n\n  @@map("parameter")\n}\n`,
    );
    const created = await createMigration({
      name: "Add parameter",
      now: new Date("2030-01-02T03:04:05Z"),
      migrationsDirectory,
      schemaPath,
    });
    expect(created?.migrationName).toBe("20300102030405_add_parameter");
    const script = await readFile(
      path.join(migrationsDirectory, "20300102030405_add_parameter", "migration.sql"),
      "utf8",
    );
    expect(script).toContain('CREATE TABLE "parameter"');
    // The hand-written CHECK constraints of earlier migrations are left alone.
    expect(script).not.toMatch(/DROP CONSTRAINT/);
  });
});
