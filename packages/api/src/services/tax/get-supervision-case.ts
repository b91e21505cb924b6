import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import {
  type SupervisionCaseView,
  supervisionCaseInclude,
  supervisionCaseView,
  supervisionNames,
} from "./supervision-case-view";

/** One case with every entry. */
export async function getSupervisionCase(
  ctx: ServiceContext<StaffActor>,
  input: { caseId: string },
): Promise<SupervisionCaseView> {
  const row = await ctx.prisma.supervisionCase.findUnique({
    where: { id: input.caseId },
    include: supervisionCaseInclude,
  });
  if (!row) throw new DomainError("NOT_FOUND");
  if (row.personId) {
    await recordActorEvent(ctx.prisma, ctx, {
      action: "payer.read",
      subjectPersonId: row.personId,
      detail: { what: "supervision-case", caseId: row.id },
    });
  }
  return supervisionCaseView(row, await supervisionNames(ctx, [row]));
}
