import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  defaultMigrationsDirectory,
  defaultSchemaPath,
  migrationFileName,
  migrationLockfileContent,
  migrationLockfileName,
  readMigrationList,
} from "./migration-list";
import { withSchemaEngine } from "./schema-engine";

export interface CreateMigrationOptions {
  /** What the migration does, e.g. `add_card_application`; becomes part of the folder name. */
  name: string;
  /** Gives the folder's timestamp prefix (UTC, `YYYYMMDDHHMMSS`, as Prisma names them). */
  now: Date;
  migrationsDirectory?: string;
  schemaPath?: string;
}

export type CreateMigrationResult = { migrationName: string; script: string } | null;

function migrationFolderName(name: string, now: Date): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (slug === "") {
    throw new Error(`A migration needs a name made of letters or digits; got "${name}".`);
  }
  const timestamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${timestamp}_${slug}`;
}

/**
 * Diffs the existing migrations against the Prisma schema and, when they differ, writes the
 * next migration folder. The migrations are replayed on a throw-away in-memory PGlite (the
 * "shadow database"), so no server is needed. Returns null when the schema has not changed.
 */
export async function createMigration(
  options: CreateMigrationOptions,
): Promise<CreateMigrationResult> {
  const migrationsDirectory = options.migrationsDirectory ?? defaultMigrationsDirectory;
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const folderName = migrationFolderName(options.name, options.now);
  const [migrationsList, schemaContent] = await Promise.all([
    readMigrationList(migrationsDirectory),
    readFile(schemaPath, "utf8"),
  ]);

  const shadow = new PGlite();
  let migrationError: Error | undefined;
  const shadowFactory = new PrismaPGlite(shadow);
  const connectShadow = async () => {
    const adapter = await shadowFactory.connect();
    // pglite-prisma-adapter 0.7 starts a script without awaiting it, so a failing migration
    // would go unnoticed and the diff would be computed from half a schema.
    adapter.executeScript = async (script) => {
      try {
        await shadow.exec(script);
      } catch (error) {
        migrationError = error as Error;
        throw error;
      }
    };
    return adapter;
  };
  // The diff replays the migrations on the shadow database; there is no main database.
  const adapterFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: shadowFactory.adapterName,
    connect: connectShadow,
    connectToShadowDb: connectShadow,
  };
  try {
    const diff = await withSchemaEngine(adapterFactory, "diff", (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: {
          tag: "schemaDatamodel",
          files: [{ path: path.basename(schemaPath), content: schemaContent }],
        },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    // With `exitCode: true` the engine answers 2 when there is a difference and 0 when none.
    if (diff.exitCode === 0 || !diff.stdout) {
      return null;
    }
    const folder = path.join(migrationsDirectory, folderName);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, migrationFileName), diff.stdout);
    await writeFile(
      path.join(migrationsDirectory, migrationLockfileName),
      migrationLockfileContent,
    );
    return { migrationName: folderName, script: diff.stdout };
  } catch (error) {
    if (migrationError) {
      throw new Error(`An existing migration fails to apply: ${migrationError.message}`, {
        cause: migrationError,
      });
    }
    throw error;
  } finally {
    await shadow.close();
  }
}
