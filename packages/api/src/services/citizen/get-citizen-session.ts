import { maskResidentId } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";

export interface CitizenSessionView {
  name: string;
  maskedResidentId: string;
  elderMode: boolean;
  idleExpiresAt: string;
}

/** Who is signed in to the citizen app, with the preferences that shape every page. */
export async function getCitizenSession(
  ctx: ServiceContext<CitizenActor>,
): Promise<CitizenSessionView> {
  const person = await ctx.prisma.person.findUnique({
    where: { id: ctx.actor.personId },
    select: { name: true, residentId: true, credential: { select: { elderMode: true } } },
  });
  if (!person) throw new DomainError("NOT_FOUND");
  return {
    name: person.name,
    maskedResidentId: maskResidentId(person.residentId),
    elderMode: person.credential?.elderMode ?? false,
    idleExpiresAt: ctx.actor.idleExpiresAt.toISOString(),
  };
}
