import type { EmployerActor, ServiceContext } from "../../context";
import { recordApplicationAction } from "./record-application-action";
import { findStoredApplication } from "./stored-application";

/**
 * The employer records handing a card its agent collected at the county centre to its employee
 * (EMPLOYER_HAND_OUT, DOMAIN.md channel 4), at the version the agent saw: the card becomes the
 * employee's, active, and the application is COLLECTED. Only an application of the agent's own
 * employer is reached (any other is NOT_FOUND), and only while the employer holds the card
 * (WITH_EMPLOYER, or UNCOLLECTED after the pickup period if it still does).
 */
export async function handOutEmployerCard(
  ctx: ServiceContext<EmployerActor>,
  input: { applicationId: string; version: number },
) {
  await recordApplicationAction(ctx, {
    applicationId: input.applicationId,
    version: input.version,
    facts: { type: "EMPLOYER_HAND_OUT", agentId: ctx.actor.employerAgentId },
  });
  const stored = await findStoredApplication(ctx, input.applicationId);
  return {
    applicationId: stored.row.id,
    status: stored.row.status,
    version: stored.row.version,
    cardNumber: stored.row.card?.number ?? null,
  };
}
