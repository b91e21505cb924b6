import { verifyAuditChain } from "../src/audit/verify-audit-chain";
import { readDatabaseConfig } from "../src/config";
import { createDatabase } from "../src/create-database";

/**
 * `audit:verify`: checks the audit trail's hash chain and names the first broken entry. Exits 1
 * when the chain does not hold, so a scheduler or an assessor's script can act on it.
 */
async function main(): Promise<void> {
  const database = await createDatabase(readDatabaseConfig(process.env));
  try {
    const verdict = await verifyAuditChain(database.prisma);
    if (verdict.ok) {
      console.log(`audit chain intact: ${verdict.checked} entries checked`);
    } else {
      console.error(
        `audit chain broken at entry ${verdict.firstBrokenSeq} (${verdict.problem}); ${verdict.checked} entries before it hold`,
      );
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
