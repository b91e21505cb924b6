import { type EmployerBatchTarget, productionStepsTo } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { markReadyFacts } from "../applications/mark-ready-facts";
import type { ActionFacts } from "../applications/record-application-action";
import { actOnBatch, type BatchStep } from "./act-on-batch";

/**
 * The county centre moves an accepted batch's cards through production at once: into production,
 * or made and ready for the employer (at the county centre, with the number printed on each and
 * the pickup deadline). Cards not approved (refused, waiting for a photo) and cards there or
 * further already are left as they are, so a repeat changes nothing; the rest move all together
 * or, if one cannot, none does.
 */
export async function advanceEmployerBatch(
  ctx: ServiceContext<StaffActor>,
  input: { batchId: string; to: EmployerBatchTarget },
) {
  return actOnBatch(ctx, {
    batchId: input.batchId,
    audit: "employer-batch.advanced",
    plan: async (batch, applications, tx) => {
      if (batch.decision !== "ACCEPTED") {
        throw new DomainError("ACTION_NOT_ALLOWED", { reason: "BATCH_NOT_ACCEPTED" });
      }
      const steps: BatchStep[] = [];
      for (const application of applications) {
        const types = productionStepsTo(application.row.status, input.to);
        if (!types || types.length === 0) continue;
        const facts: ActionFacts[] = [];
        for (const type of types) {
          facts.push(
            type === "MARK_READY" ? await markReadyFacts(tx, application, ctx.now) : { type },
          );
        }
        steps.push({ application, facts });
      }
      return {
        steps,
        unchanged: applications.length - steps.length,
        detail: { to: input.to },
      };
    },
  });
}
