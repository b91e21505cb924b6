import { chinaToday, maskResidentId } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { agentAuthorisedOn } from "./agent-authorised-on";
import { batchApplications } from "./batch-applications";
import { cardNumberOf } from "./card-number-of";
import { findCentreBatch } from "./centre-batch";

/**
 * The hand-over list (单位领卡交接单) of a batch: the cards made and waiting for the employer at
 * the county centre, each with the employee's name, masked ID number and card number, for the
 * collecting agent to check and sign; with the employer, the agents who may collect today and
 * the day. Reading it is recorded: it lists people.
 */
export async function handOverList(ctx: ServiceContext<StaffActor>, input: { batchId: string }) {
  const batch = await findCentreBatch(ctx, ctx.prisma, input.batchId);
  const today = chinaToday(ctx.now);
  const [applications, agents] = await Promise.all([
    batchApplications(ctx, ctx.prisma, batch.id),
    ctx.prisma.employerAgent.findMany({
      where: { employerId: batch.employerId },
      select: { id: true, name: true, active: true, authorisedFrom: true, authorisedUntil: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const ready = applications.filter((application) => application.row.status === "READY_FOR_PICKUP");
  await recordActorEvent(ctx.prisma, ctx, {
    action: "employer-batch.hand-over-list-read",
    subjectPersonId: null,
    detail: { batchId: batch.id, employerId: batch.employerId, rows: ready.length },
  });
  return {
    batchId: batch.id,
    date: today,
    employer: { name: batch.employer.name, creditCode: batch.employer.creditCode },
    collectors: agents
      .filter((agent) => agentAuthorisedOn(agent, today))
      .map((agent) => ({ id: agent.id, name: agent.name })),
    rows: ready.map((application) => ({
      rowNumber: application.rowNumber,
      reference: application.row.reference,
      name: application.row.person.name,
      maskedResidentId: maskResidentId(
        ctx.protector.open(application.row.person.residentIdSealed, "person.resident-id"),
      ),
      cardNumber: cardNumberOf(application),
    })),
  };
}
