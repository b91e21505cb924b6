import {
  certificatesToVerify,
  type EmployerBatchDecision,
  type Refusal,
  refusalSchema,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import type { ActionFacts } from "../applications/record-application-action";
import { actOnBatch, type BatchStep } from "./act-on-batch";
import type { BatchApplication } from "./batch-applications";

type Ctx = ServiceContext<StaffActor>;

export type BatchDecisionInput =
  | { batchId: string; decision: Extract<EmployerBatchDecision, "ACCEPTED"> }
  | { batchId: string; decision: Extract<EmployerBatchDecision, "REJECTED">; refusal: Refusal };

/** Where a row's card stands once the office has approved it: a rejection can no longer reach it. */
const beforeApproval = new Set(["SUBMITTED", "NEEDS_MATERIALS", "REFUSED", "WITHDRAWN"]);

/** Accepting approves each row still submitted: its certificates verified, then approved. */
function acceptance(application: BatchApplication): ActionFacts[] | null {
  if (application.row.status !== "SUBMITTED") return null;
  const certificates = certificatesToVerify(application);
  return [
    ...(certificates.length > 0 ? [{ type: "VERIFY_DOCUMENTS" as const, certificates }] : []),
    { type: "APPROVE" },
  ];
}

/** Rejecting refuses each row still open before approval, with the batch's one notice. */
function rejection(application: BatchApplication, refusal: Refusal): ActionFacts[] | null {
  const { status } = application.row;
  return status === "SUBMITTED" || status === "NEEDS_MATERIALS"
    ? [{ type: "REFUSE", refusal }]
    : null;
}

/**
 * The county centre decides a submitted batch (单位批量申领) after checking the letter of
 * introduction and the agent's authorisation: accepting approves every row not refused on its
 * own (rows waiting for a photo stay waiting); rejecting refuses every open row with the reason
 * and the remedy as the refusal notice each employee reads, and is refused once a row has been
 * approved. All rows or none; the same decision again changes nothing; the other one after a
 * decision is refused.
 */
export async function decideEmployerBatch(ctx: Ctx, input: BatchDecisionInput) {
  const refusal = input.decision === "REJECTED" ? refusalSchema.parse(input.refusal) : null;
  const acted = await actOnBatch(ctx, {
    batchId: input.batchId,
    audit: "employer-batch.decided",
    plan: async (batch, applications) => {
      if (batch.decision !== null) {
        if (batch.decision !== input.decision) {
          throw new DomainError("ACTION_NOT_ALLOWED", { reason: "BATCH_ALREADY_DECIDED" });
        }
        return { steps: [], unchanged: applications.length, detail: { decision: input.decision } };
      }
      if (refusal && applications.some((a) => !beforeApproval.has(a.row.status))) {
        throw new DomainError("ACTION_NOT_ALLOWED", { reason: "BATCH_ROWS_APPROVED" });
      }
      const steps: BatchStep[] = [];
      for (const application of applications) {
        const facts = refusal ? rejection(application, refusal) : acceptance(application);
        if (facts) steps.push({ application, facts });
      }
      return {
        steps,
        unchanged: applications.length - steps.length,
        batchUpdate: {
          decision: input.decision,
          decisionReason: refusal ? JSON.stringify(refusal) : null,
          decidedAt: ctx.now,
          decidedBy: ctx.actor.staffUserId,
        },
        detail: { decision: input.decision },
      };
    },
  });
  return { ...acted, decision: input.decision };
}
