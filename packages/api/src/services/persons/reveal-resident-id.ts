import type { RevealReason } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";

/**
 * The full resident ID number, on an explicit request with a reason, recorded in the audit trail
 * in the same transaction. Masked everywhere else (DOMAIN.md, "Identifiers").
 */
export async function revealResidentId(
  ctx: ServiceContext<StaffActor>,
  input: { personId: string; reason: RevealReason },
): Promise<{ residentId: string }> {
  // Only county-wide roles hold this permission today; a service point's scope over persons
  // comes with the applications they file there.
  if (ctx.scope.kind !== "COUNTY") throw new DomainError("NOT_FOUND");
  return ctx.prisma.$transaction(async (tx) => {
    const person = await tx.person.findUnique({
      where: { id: input.personId },
      select: { id: true, residentIdSealed: true },
    });
    if (!person) throw new DomainError("NOT_FOUND");
    await recordActorEvent(tx, ctx, {
      action: "person.resident-id-revealed",
      subjectPersonId: person.id,
      reason: input.reason,
    });
    return { residentId: ctx.protector.open(person.residentIdSealed, "person.resident-id") };
  });
}
