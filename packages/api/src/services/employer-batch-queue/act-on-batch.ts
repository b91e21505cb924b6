import {
  type ApplicationAction,
  type AuditAction,
  availableActions,
  rolePermissions,
} from "@yibao/domain";
import type { ServiceContext, StaffActor, TransactionClient } from "../../context";
import { DomainError } from "../../errors";
import {
  type ActionFacts,
  writeApplicationAction,
} from "../applications/record-application-action";
import { recordActorEvent } from "../audit/record-audit-event";
import { type BatchApplication, batchApplications } from "./batch-applications";
import { type CentreBatch, findCentreBatch } from "./centre-batch";

type Ctx = ServiceContext<StaffActor>;

/** What to record on one application of the batch, in order. */
export interface BatchStep {
  application: BatchApplication;
  facts: readonly ActionFacts[];
}

export interface BatchWork {
  steps: BatchStep[];
  /** Applications the work leaves as they are: already done, or not for this step. */
  unchanged: number;
  /** The batch's own columns to set with the work (the decision). */
  batchUpdate?: Parameters<TransactionClient["employerBatch"]["update"]>[0]["data"];
  /** The audit entry's facts, besides the batch and the counts. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface BatchActed {
  batchId: string;
  /** Applications that took a step now. */
  changed: number;
  unchanged: number;
}

// A batch may hold thousands of rows; the default five seconds of an interactive transaction
// are not enough to record them all at once.
const batchTransaction = { timeout: 300_000, maxWait: 30_000 } as const;

/**
 * One piece of the county centre's work on a whole batch, all or nothing: the batch row locked
 * (two clerks, or a double click, take turns, and the second sees what the first did), its
 * applications read inside the transaction, the steps `plan` asks recorded on each through the
 * workflow (the table, its guards and the clerk's permissions say yes to every one, or nothing is
 * recorded), and one audit entry for the batch. A repeat finds nothing left to do: idempotent.
 */
export async function actOnBatch(
  ctx: Ctx,
  input: {
    batchId: string;
    audit: AuditAction;
    plan: (
      batch: CentreBatch,
      applications: BatchApplication[],
      tx: TransactionClient,
    ) => Promise<BatchWork>;
  },
): Promise<BatchActed> {
  // Outside the scope, or not submitted: refused before anything is locked.
  await findCentreBatch(ctx, ctx.prisma, input.batchId);
  return ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM employer_batch WHERE id = ${input.batchId}::uuid FOR UPDATE`;
    const batch = await findCentreBatch(ctx, tx, input.batchId);
    const work = await input.plan(batch, await batchApplications(ctx, tx, batch.id), tx);
    for (const step of work.steps) await recordSteps(tx, ctx, step);
    if (work.batchUpdate) {
      await tx.employerBatch.update({ where: { id: batch.id }, data: work.batchUpdate });
    }
    await recordActorEvent(tx, ctx, {
      action: input.audit,
      subjectPersonId: null,
      detail: {
        batchId: batch.id,
        employerId: batch.employerId,
        changed: work.steps.length,
        unchanged: work.unchanged,
        ...work.detail,
      },
    });
    return { batchId: batch.id, changed: work.steps.length, unchanged: work.unchanged };
  }, batchTransaction);
}

async function recordSteps(tx: TransactionClient, ctx: Ctx, step: BatchStep): Promise<void> {
  let current = step.application;
  let version = current.row.version;
  for (const facts of step.facts) {
    const allowed = availableActions(current, {
      permissions: rolePermissions[ctx.actor.role],
      actorIsApplicant: false,
    });
    if (!allowed.includes(facts.type)) {
      throw new DomainError("ACTION_NOT_ALLOWED", { reason: "NOT_AVAILABLE" });
    }
    const action = { ...facts, at: ctx.now.toISOString(), by: "STAFF" } as ApplicationAction;
    await writeApplicationAction(tx, ctx, current, action, version);
    version += 1;
    current = {
      ...current,
      actions: [...current.actions, action],
      row: { ...current.row, version },
    };
  }
}
