import { chinaToday, type SupervisionDecision, type SupervisionEntryKind } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate } from "./calendar-dates";
import {
  type SupervisionCaseView,
  supervisionCaseInclude,
  supervisionCaseView,
  supervisionNames,
} from "./supervision-case-view";

export interface RecordEntryInput {
  caseId: string;
  kind: SupervisionEntryKind;
  /** The day it happened: the inspection's visit, the decision's date; not after today. */
  occurredOn: string;
  note: string;
  /** DECISION only, and required there. */
  decision?: SupervisionDecision | undefined;
}

/**
 * An inspection, a finding or the decision recorded in an open case, appended (the database
 * refuses to change or delete an entry). The decision, with its date, closes the case; a closed
 * case takes no more entries. The case's row is locked, so two decisions at once come out as one.
 */
export async function recordSupervisionEntry(
  ctx: ServiceContext<StaffActor>,
  input: RecordEntryInput,
): Promise<SupervisionCaseView> {
  const issues: Array<{ path: string[]; code: string }> = [];
  if (input.occurredOn > chinaToday(ctx.now))
    issues.push({ path: ["occurredOn"], code: "IN_FUTURE" });
  if ((input.kind === "DECISION") !== (input.decision !== undefined)) {
    issues.push({
      path: ["decision"],
      code: input.kind === "DECISION" ? "REQUIRED" : "NOT_A_DECISION",
    });
  }
  if (issues.length > 0) throw new DomainError("VALIDATION_FAILED", { issues });
  const row = await ctx.prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      Array<{ id: string; closed_at: Date | null; person_id: string | null }>
    >`
      SELECT id, closed_at, person_id FROM supervision_case WHERE id = ${input.caseId}::uuid FOR UPDATE`;
    if (!locked) throw new DomainError("NOT_FOUND");
    if (locked.closed_at) throw new DomainError("TAX_RECORD_CONFLICT", { reason: "CASE_CLOSED" });
    await tx.supervisionEntry.create({
      data: {
        caseId: locked.id,
        kind: input.kind,
        occurredOn: dbDate(input.occurredOn),
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
        note: input.note,
        decision: input.decision ?? null,
      },
    });
    if (input.kind === "DECISION") {
      await tx.supervisionCase.update({ where: { id: locked.id }, data: { closedAt: ctx.now } });
    }
    await recordActorEvent(tx, ctx, {
      action: "supervision.entry-recorded",
      subjectPersonId: locked.person_id,
      detail: { caseId: locked.id, kind: input.kind, decision: input.decision ?? null },
    });
    return tx.supervisionCase.findUniqueOrThrow({
      where: { id: locked.id },
      include: supervisionCaseInclude,
    });
  });
  return supervisionCaseView(row, await supervisionNames(ctx, [row]));
}
