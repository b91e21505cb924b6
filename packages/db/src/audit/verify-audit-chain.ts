import type { PrismaClient } from "../generated/prisma/client";

interface ChainRow {
  seq: bigint;
  prev_hash: Uint8Array | null;
  hash: Uint8Array | null;
  recomputed: Uint8Array;
}

export interface AuditChainVerdict {
  ok: boolean;
  checked: number;
  /** The first entry whose hash, link or number does not hold; null when the chain is whole. */
  firstBrokenSeq: number | null;
  /** What broke there, for the person reading the verdict. */
  problem: "HASH_MISMATCH" | "LINK_BROKEN" | "SEQUENCE_GAP" | "HEAD_MISMATCH" | null;
}

function same(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a !== null && b !== null && Buffer.from(a).equals(Buffer.from(b));
}

/**
 * Walks the audit trail in order, recomputing each entry's hash with the database's own
 * canonical form (`audit_event_canonical`) and checking each link and number, then the chain's
 * head. Names the first entry that does not hold: an edited row, a deleted one (a gap or a broken
 * link) or a truncated tail (the head). Reads in pages, so it runs in bounded memory.
 */
export async function verifyAuditChain(
  prisma: Pick<PrismaClient, "$queryRaw">,
  pageSize = 2000,
): Promise<AuditChainVerdict> {
  const genesis = await prisma.$queryRaw<{ hash: Uint8Array }[]>`
    SELECT sha256(convert_to('yibao audit chain', 'UTF8')) AS hash`;
  let previousHash: Uint8Array | null = genesis[0]?.hash ?? null;
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<ChainRow[]>`
      SELECT a.seq, a.prev_hash, a.hash,
             sha256(coalesce(a.prev_hash, ''::bytea) || audit_event_canonical(a)) AS recomputed
        FROM audit_event a
       WHERE a.seq >= ${expectedSeq}
       ORDER BY a.seq
       LIMIT ${pageSize}`;
    for (const row of rows) {
      const seq = BigInt(row.seq);
      const broken = (problem: AuditChainVerdict["problem"]): AuditChainVerdict => ({
        ok: false,
        checked,
        firstBrokenSeq: Number(seq),
        problem,
      });
      if (seq !== expectedSeq)
        return { ...broken("SEQUENCE_GAP"), firstBrokenSeq: Number(expectedSeq) };
      if (!same(row.prev_hash, previousHash)) return broken("LINK_BROKEN");
      if (!same(row.hash, row.recomputed)) return broken("HASH_MISMATCH");
      previousHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = await prisma.$queryRaw<{ last_seq: bigint; last_hash: Uint8Array }[]>`
    SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1`;
  const last = head[0];
  if (!last || BigInt(last.last_seq) !== expectedSeq - 1n || !same(last.last_hash, previousHash)) {
    return { ok: false, checked, firstBrokenSeq: Number(expectedSeq), problem: "HEAD_MISMATCH" };
  }
  return { ok: true, checked, firstBrokenSeq: null, problem: null };
}
