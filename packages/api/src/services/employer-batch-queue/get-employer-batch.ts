import {
  availableActions,
  chinaToday,
  type EmployerBatchQueueState,
  maskResidentId,
  refusalSchema,
  rolePermissions,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { agentAuthorisedOn } from "./agent-authorised-on";
import { batchApplications } from "./batch-applications";
import { batchCountsOf } from "./batch-counts";
import { cardNumberOf } from "./card-number-of";
import { findCentreBatch } from "./centre-batch";

type Ctx = ServiceContext<StaffActor>;

const dateOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One submitted batch as the county centre works it: who sent it and on whose authority (the
 * agent's period and who granted it, the letters), the decision, and every row's application
 * with its status and the actions the clerk may take on it now (the same function as the API's
 * guard). Reading it is recorded: it shows the employees' names and masked ID numbers.
 */
export async function getEmployerBatch(ctx: Ctx, input: { batchId: string }) {
  const batch = await findCentreBatch(ctx, ctx.prisma, input.batchId);
  const today = chinaToday(ctx.now);
  const [applications, grantors, agents, letters] = await Promise.all([
    batchApplications(ctx, ctx.prisma, batch.id),
    ctx.prisma.staffUser.findMany({
      where: {
        id: { in: [batch.agent.authorisedBy, batch.decidedBy].filter((id) => id !== null) },
      },
      select: { id: true, displayName: true },
    }),
    ctx.prisma.employerAgent.findMany({
      where: { employerId: batch.employerId },
      select: { id: true, name: true, active: true, authorisedFrom: true, authorisedUntil: true },
      orderBy: { name: "asc" },
    }),
    ctx.prisma.upload.findMany({
      where: {
        id: {
          in: [batch.letterUploadId, batch.agent.letterUploadId].filter((id) => id !== null),
        },
      },
      select: { id: true, fileName: true, byteCount: true, sha256: true, uploadedAt: true },
    }),
  ]);
  await recordActorEvent(ctx.prisma, ctx, {
    action: "employer-batch.read",
    subjectPersonId: null,
    detail: { batchId: batch.id, employerId: batch.employerId, rows: applications.length },
  });
  const nameOf = (id: string | null) =>
    grantors.find((staff) => staff.id === id)?.displayName ?? null;
  const letterOf = (id: string | null) => {
    const upload = letters.find((letter) => letter.id === id);
    return upload
      ? {
          fileName: upload.fileName,
          bytes: upload.byteCount,
          sha256: upload.sha256,
          uploadedAt: upload.uploadedAt.toISOString(),
        }
      : null;
  };
  const permissions = rolePermissions[ctx.actor.role];
  const rows = applications.map((application) => {
    const { row } = application;
    const refusal = application.actions.findLast((action) => action.type === "REFUSE");
    const notice = application.actions.findLast((action) => action.type === "REQUEST_MATERIALS");
    return {
      rowNumber: application.rowNumber,
      name: row.person.name,
      maskedResidentId: maskResidentId(
        ctx.protector.open(row.person.residentIdSealed, "person.resident-id"),
      ),
      application: {
        id: row.id,
        reference: row.reference,
        status: row.status,
        version: row.version,
        availableActions: availableActions(application, { permissions, actorIsApplicant: false }),
        cardNumber: cardNumberOf(application),
        refusal: row.status === "REFUSED" && refusal?.type === "REFUSE" ? refusal.refusal : null,
        missingItems:
          row.status === "NEEDS_MATERIALS" && notice?.type === "REQUEST_MATERIALS"
            ? notice.missingItems
            : null,
      },
    };
  });
  return {
    id: batch.id,
    submittedAt: (batch.submittedAt ?? batch.createdAt).toISOString(),
    state: (batch.decision ?? "TO_DECIDE") as EmployerBatchQueueState,
    decision:
      batch.decision === null
        ? null
        : {
            decidedAt: (batch.decidedAt ?? ctx.now).toISOString(),
            decidedBy: nameOf(batch.decidedBy),
            refusal: batch.decisionReason
              ? refusalSchema.parse(JSON.parse(batch.decisionReason))
              : null,
          },
    employer: {
      id: batch.employer.id,
      name: batch.employer.name,
      creditCode: batch.employer.creditCode,
    },
    agent: {
      id: batch.agent.id,
      name: batch.agent.name,
      maskedResidentId: maskResidentId(
        ctx.protector.open(batch.agent.residentIdSealed, "agent.resident-id"),
      ),
      authorisedFrom: dateOf(batch.agent.authorisedFrom),
      authorisedUntil: dateOf(batch.agent.authorisedUntil),
      authorisedBy: nameOf(batch.agent.authorisedBy),
      authorisedToday: agentAuthorisedOn(batch.agent, today),
    },
    letters: {
      batch: letterOf(batch.letterUploadId),
      agent: letterOf(batch.agent.letterUploadId),
    },
    // The employer's agents who may collect its cards today (单位领卡交接单).
    collectors: agents
      .filter((agent) => agentAuthorisedOn(agent, today))
      .map((agent) => ({ id: agent.id, name: agent.name })),
    rowCount: batch.rowCount ?? 0,
    counts: batchCountsOf(
      applications.map((application) => ({ status: application.row.status, count: 1 })),
    ),
    rows,
  };
}
