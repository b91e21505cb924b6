import { maskResidentId } from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";

/**
 * What the employer portal shows of the signed-in agent: their name and masked ID number, the
 * employer they act for, until when they are authorised, and the session's state.
 */
export async function getEmployerSession(ctx: ServiceContext<EmployerActor>) {
  const agent = await ctx.prisma.employerAgent.findUniqueOrThrow({
    where: { id: ctx.actor.employerAgentId },
    select: {
      name: true,
      residentIdSealed: true,
      authorisedUntil: true,
      totpSecretSealed: true,
      employer: { select: { creditCode: true, name: true } },
    },
  });
  return {
    name: agent.name,
    maskedResidentId: maskResidentId(
      ctx.protector.open(agent.residentIdSealed, "agent.resident-id"),
    ),
    employer: agent.employer,
    authorisedUntil: agent.authorisedUntil.toISOString().slice(0, 10),
    idleExpiresAt: ctx.actor.idleExpiresAt.toISOString(),
    stage: ctx.actor.stage,
    secondFactorEnabled: agent.totpSecretSealed !== null,
  };
}
