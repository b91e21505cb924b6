import { randomBytes } from "node:crypto";
import type { DataProtector } from "@yibao/db";
import type pg from "pg";
// The QR code's own codec: the benchmark's tokens verify exactly as the app's do.
import { signEcardToken } from "../../../packages/api/src/services/ecard/ecard-token-codec";
import { personIdSql } from "./generate-accounts";

/**
 * One e-card token for each entry of `people` (a person may appear many times), as
 * `citizen.ecard.token` issues them: a row in `ecard_token` and the signed QR code text. They are
 * issued before the run and live `validSeconds`, longer than the county's minute, so that the
 * run can spend them all.
 */
export async function issueEcardTokens(
  client: pg.Client,
  protector: DataProtector,
  people: number[],
  now: Date,
  validSeconds: number,
): Promise<string[]> {
  const expiresAt = new Date(now.getTime() + validSeconds * 1000);
  const ids = people.map(() => randomBytes(16).toString("base64url"));
  await client.query(
    `INSERT INTO ecard_token (id, person_id, issued_at, expires_at)
     SELECT t.id, ${personIdSql("t.n")}, $3, $4 FROM unnest($1::text[], $2::int[]) AS t(id, n)`,
    [ids, people, now, expiresAt],
  );
  return Promise.all(ids.map((id) => signEcardToken(protector, { id, issuedAt: now, expiresAt })));
}
