import type { DataProtector } from "@yibao/db";
import type { TransactionClient } from "../../context";
import { DomainError } from "../../errors";
import { verifyEcardToken } from "./ecard-token-codec";

/**
 * Spends an e-card token inside the caller's transaction and says whose it is. Refused with
 * ECARD_TOKEN_INVALID when it was not signed by Yibao, has expired, or was used before: the
 * conditional update lets exactly one of two simultaneous scans have it.
 */
export async function consumeEcardToken(
  tx: TransactionClient,
  protector: DataProtector,
  input: { token: string; now: Date },
): Promise<{ tokenId: string; personId: string }> {
  const tokenId = await verifyEcardToken(protector, input.token, input.now);
  if (!tokenId) throw new DomainError("ECARD_TOKEN_INVALID");
  const rows = await tx.$queryRaw<Array<{ person_id: string }>>`
    UPDATE ecard_token SET used_at = ${input.now}
     WHERE id = ${tokenId} AND used_at IS NULL AND expires_at > ${input.now}
    RETURNING person_id`;
  const [row] = rows;
  if (!row) throw new DomainError("ECARD_TOKEN_INVALID");
  return { tokenId, personId: row.person_id };
}
