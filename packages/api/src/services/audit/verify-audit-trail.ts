import { type AuditChainVerdict, verifyAuditChain } from "@yibao/db";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "./record-audit-event";

/** The auditor checks the hash chain from the staff app; the check itself is recorded. */
export async function verifyAuditTrail(
  ctx: ServiceContext<StaffActor>,
): Promise<AuditChainVerdict> {
  const verdict = await verifyAuditChain(ctx.prisma);
  await recordActorEvent(ctx.prisma, ctx, {
    action: "audit.chain-verified",
    subjectPersonId: null,
    result: verdict.ok ? "SUCCEEDED" : "REFUSED",
    detail: { checked: verdict.checked, firstBrokenSeq: verdict.firstBrokenSeq },
  });
  return verdict;
}
