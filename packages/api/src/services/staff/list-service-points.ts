import type { ServiceContext, StaffActor } from "../../context";

/** The county's service points, the centre first. */
export async function listServicePoints(ctx: ServiceContext<StaffActor>) {
  return ctx.prisma.servicePoint.findMany({
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { code: true, name: true, kind: true, address: true },
  });
}
