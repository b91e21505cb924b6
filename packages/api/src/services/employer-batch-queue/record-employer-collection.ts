import { chinaToday } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { actOnBatch, type BatchStep } from "./act-on-batch";
import { agentAuthorisedOn } from "./agent-authorised-on";

/**
 * The county centre records which of the employer's handling agents collected the batch's ready
 * cards, against the signed hand-over list (单位领卡交接单): an agent of that employer,
 * authorised today. Every ready card goes with the agent at once (WITH_EMPLOYER); the employer
 * then records handing each to its employee. A repeat finds none left ready and changes nothing.
 */
export async function recordEmployerCollection(
  ctx: ServiceContext<StaffActor>,
  input: { batchId: string; agentId: string },
) {
  return actOnBatch(ctx, {
    batchId: input.batchId,
    audit: "employer-batch.collection-recorded",
    plan: async (batch, applications, tx) => {
      const agent = await tx.employerAgent.findFirst({
        where: { id: input.agentId, employerId: batch.employerId },
        select: { id: true, active: true, authorisedFrom: true, authorisedUntil: true },
      });
      if (!agent || !agentAuthorisedOn(agent, chinaToday(ctx.now))) {
        throw new DomainError("ACTION_NOT_ALLOWED", { reason: "AGENT_NOT_AUTHORISED" });
      }
      const steps: BatchStep[] = applications
        .filter((application) => application.row.status === "READY_FOR_PICKUP")
        .map((application) => ({
          application,
          facts: [{ type: "EMPLOYER_COLLECT", employerId: batch.employerId, agentId: agent.id }],
        }));
      return {
        steps,
        unchanged: applications.length - steps.length,
        detail: { agentId: agent.id },
      };
    },
  });
}
