import type { CitizenActor, ServiceContext } from "../../context";

/** Remembers elder mode (长辈模式) for the person, so it follows them to any device. */
export async function setElderMode(
  ctx: ServiceContext<CitizenActor>,
  input: { enabled: boolean },
): Promise<{ elderMode: boolean }> {
  const updated = await ctx.prisma.citizenCredential.update({
    where: { personId: ctx.actor.personId },
    data: { elderMode: input.enabled },
    select: { elderMode: true },
  });
  return { elderMode: updated.elderMode };
}
