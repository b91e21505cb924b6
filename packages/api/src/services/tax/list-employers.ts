import type { Prisma } from "@yibao/db";
import { chinaToday, monthOf } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { employerView, type RegistrationStatus } from "./employer-view";

const statusWhere: Record<RegistrationStatus | "ALL", Prisma.EmployerWhereInput> = {
  ALL: {},
  NOT_REGISTERED: { registeredOn: null },
  REGISTERED: { registeredOn: { not: null }, cancelledOn: null },
  CANCELLED: { cancelledOn: { not: null } },
};

/**
 * The employers the county knows, by name, with their registration, how many employees they pay
 * for this month and the last month a premium came from them. No personal data.
 */
export async function listEmployers(
  ctx: ServiceContext<StaffActor>,
  input: { status: RegistrationStatus | "ALL"; search?: string | undefined },
) {
  const thisMonth = monthOf(chinaToday(ctx.now));
  const search = input.search?.trim();
  const rows = await ctx.prisma.employer.findMany({
    where: {
      ...statusWhere[input.status],
      ...(search
        ? {
            OR: [
              { name: { contains: search } },
              { creditCode: { startsWith: search.toUpperCase() } },
            ],
          }
        : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    include: {
      _count: {
        select: {
          employments: {
            where: {
              fromMonth: { lte: thisMonth },
              OR: [{ toMonth: null }, { toMonth: { gte: thisMonth } }],
            },
          },
        },
      },
    },
  });
  const lastPaid = await ctx.prisma.contribution.groupBy({
    by: ["employerCreditCode"],
    where: { employerCreditCode: { in: rows.map((row) => row.creditCode) } },
    _max: { month: true },
  });
  const lastPaidOf = new Map(
    lastPaid.map((row) => [row.employerCreditCode?.trim(), row._max.month?.trim() ?? null]),
  );
  return {
    items: rows.map((row) => ({
      ...employerView(row),
      employees: row._count.employments,
      lastPaidMonth: lastPaidOf.get(row.creditCode.trim()) ?? null,
    })),
  };
}
