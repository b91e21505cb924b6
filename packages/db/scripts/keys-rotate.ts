import { readDatabaseConfig } from "../src/config";
import { createDatabase } from "../src/create-database";
import { rotateKeys } from "../src/protection/rotate-keys";

/**
 * `keys:rotate`: after a new key is put first in YIBAO_DATA_KEYS (the old one still listed),
 * re-seals everything the old keys sealed. When it reports nothing left, the old key can go.
 */
async function main(): Promise<void> {
  const config = readDatabaseConfig(process.env);
  const database = await createDatabase(config);
  try {
    const done = await rotateKeys(database, {
      onBatch: (column, count) => console.log(`${column}: ${count} re-sealed`),
    });
    const total = Object.values(done).reduce((sum, count) => sum + count, 0);
    console.log(
      `key rotation done: ${total} values now sealed with "${database.protector.currentKeyId}"`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
