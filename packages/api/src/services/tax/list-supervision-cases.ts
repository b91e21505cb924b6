import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import {
  type SupervisionCaseView,
  supervisionCaseInclude,
  supervisionCaseView,
  supervisionNames,
} from "./supervision-case-view";

/**
 * Supervision cases, the open ones first and the latest opened first; or one payer's. A list
 * that names individual payers is audited with whom.
 */
export async function listSupervisionCases(
  ctx: ServiceContext<StaffActor>,
  input: {
    status: "OPEN" | "CLOSED" | "ALL";
    employerId?: string | undefined;
    personId?: string | undefined;
  },
): Promise<{ items: SupervisionCaseView[] }> {
  const rows = await ctx.prisma.supervisionCase.findMany({
    where: {
      ...(input.status === "OPEN" ? { closedAt: null } : {}),
      ...(input.status === "CLOSED" ? { closedAt: { not: null } } : {}),
      ...(input.employerId ? { employerId: input.employerId } : {}),
      ...(input.personId ? { personId: input.personId } : {}),
    },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: 200,
    include: supervisionCaseInclude,
  });
  const personIds = [...new Set(rows.flatMap((row) => (row.personId ? [row.personId] : [])))];
  if (personIds.length > 0) {
    await recordActorEvent(ctx.prisma, ctx, {
      action: "payer.read",
      subjectPersonId: personIds.length === 1 ? (personIds[0] ?? null) : null,
      detail: { what: "supervision-cases", personIds: personIds.join(",") },
    });
  }
  const names = await supervisionNames(ctx, rows);
  const items = rows.map((row) => supervisionCaseView(row, names));
  items.sort((a, b) => (a.status === b.status ? 0 : a.status === "OPEN" ? -1 : 1));
  return { items };
}
