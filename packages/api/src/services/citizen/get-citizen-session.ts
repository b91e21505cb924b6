import { maskResidentId, type SessionStage } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";

export interface CitizenSessionView {
  name: string;
  maskedResidentId: string;
  elderMode: boolean;
  idleExpiresAt: string;
  stage: SessionStage;
  secondFactorEnabled: boolean;
}

/** Who is signed in to the citizen app, with the preferences that shape every page. */
export async function getCitizenSession(
  ctx: ServiceContext<CitizenActor>,
): Promise<CitizenSessionView> {
  const person = await ctx.prisma.person.findUnique({
    where: { id: ctx.actor.personId },
    select: {
      name: true,
      residentIdSealed: true,
      credential: { select: { elderMode: true, totpSecretSealed: true } },
    },
  });
  if (!person) throw new DomainError("NOT_FOUND");
  return {
    name: person.name,
    maskedResidentId: maskResidentId(
      ctx.protector.open(person.residentIdSealed, "person.resident-id"),
    ),
    elderMode: person.credential?.elderMode ?? false,
    idleExpiresAt: ctx.actor.idleExpiresAt.toISOString(),
    stage: ctx.actor.stage,
    secondFactorEnabled: Boolean(person.credential?.totpSecretSealed),
  };
}
