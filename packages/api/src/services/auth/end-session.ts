import type { ServiceContext, SessionKind } from "../../context";
import { recordAuditEvent } from "../audit/record-audit-event";
import { isWellFormedToken, sessionIdFor } from "./session-token";

/** The role a session's audit entry names, where the session row alone tells it. */
function roleOfSession(session: { kind: SessionKind }): string | null {
  // A staff member's role is on their account and may have changed; the others have one role.
  if (session.kind === "STAFF") return null;
  return session.kind === "CITIZEN" ? "INSURED" : "EMPLOYER_AGENT";
}

/**
 * Signs out: the session row is deleted, so the cookie is worthless even if it was copied.
 * Ending a session that is already gone is not an error — signing out must always work.
 */
export async function endSession(
  ctx: ServiceContext<null>,
  input: { kind: SessionKind; token: string | undefined },
): Promise<void> {
  if (!isWellFormedToken(input.token)) return;
  const id = sessionIdFor(input.token);
  await ctx.prisma.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { id },
      select: { kind: true, personId: true, staffUserId: true, employerAgentId: true },
    });
    if (session?.kind !== input.kind) return;
    await tx.session.deleteMany({ where: { id } });
    await recordAuditEvent(tx, {
      occurredAt: ctx.now,
      actorKind: input.kind,
      actorId: session.personId ?? session.staffUserId ?? session.employerAgentId,
      actorRole: roleOfSession(session),
      action: "auth.logout",
      subjectPersonId: session.personId,
      result: "SUCCEEDED",
      clientAddress: ctx.clientAddress,
    });
  });
}
