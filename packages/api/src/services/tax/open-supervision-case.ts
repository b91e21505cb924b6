import { chinaToday, type SupervisionGround } from "@yibao/domain";
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

export interface OpenCaseInput {
  payer: { employerId: string } | { personId: string };
  ground: SupervisionGround;
  /** What led to it (the arrears seen, the report received), recorded as the first finding. */
  note: string;
}

/**
 * 稽核立案: an officer opens a case against a payer — an employer the county knows, or a person
 * — on one of the grounds, with the first finding that led to it, dated today. Recorded, never
 * deleted (the database refuses it).
 */
export async function openSupervisionCase(
  ctx: ServiceContext<StaffActor>,
  input: OpenCaseInput,
): Promise<SupervisionCaseView> {
  const payer =
    "employerId" in input.payer
      ? await ctx.prisma.employer.findUnique({
          where: { id: input.payer.employerId },
          select: { id: true },
        })
      : await ctx.prisma.person.findUnique({
          where: { id: input.payer.personId },
          select: { id: true },
        });
  if (!payer) throw new DomainError("NOT_FOUND");
  const isEmployer = "employerId" in input.payer;
  const row = await ctx.prisma.$transaction(async (tx) => {
    const opened = await tx.supervisionCase.create({
      data: {
        employerId: isEmployer ? payer.id : null,
        personId: isEmployer ? null : payer.id,
        ground: input.ground,
        openedAt: ctx.now,
        openedBy: ctx.actor.staffUserId,
        entries: {
          create: {
            kind: "FINDING",
            occurredOn: dbDate(chinaToday(ctx.now)),
            recordedAt: ctx.now,
            recordedBy: ctx.actor.staffUserId,
            note: input.note,
          },
        },
      },
      include: supervisionCaseInclude,
    });
    await recordActorEvent(tx, ctx, {
      action: "supervision.case-opened",
      subjectPersonId: isEmployer ? null : payer.id,
      detail: {
        caseId: opened.id,
        ground: input.ground,
        employerId: isEmployer ? payer.id : null,
      },
    });
    return opened;
  });
  return supervisionCaseView(row, await supervisionNames(ctx, [row]));
}
