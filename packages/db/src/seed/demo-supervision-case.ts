import { chinaToday } from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { dayOf } from "./demo-tax-dates";

/** An open case against the employer in arrears: the finding that opened it and a visit. */
export async function seedSupervisionCase(
  prisma: PrismaClient,
  officerId: string,
  employerId: string,
  now: Date,
): Promise<void> {
  if ((await prisma.supervisionCase.count({ where: { employerId } })) > 0) return;
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const openedAt = daysAgo(7);
  await prisma.supervisionCase.create({
    data: {
      employerId,
      ground: "ARREARS",
      openedAt,
      openedBy: officerId,
      entries: {
        create: [
          {
            kind: "FINDING",
            occurredOn: dayOf(chinaToday(openedAt)),
            recordedAt: openedAt,
            recordedBy: officerId,
            note: "连续数月未申报缴纳职工医保费，两名职工的个人账户已封存。",
          },
          {
            kind: "INSPECTION",
            occurredOn: dayOf(chinaToday(daysAgo(3))),
            recordedAt: daysAgo(3),
            recordedBy: officerId,
            note: "到单位核查工资发放记录和职工名册，单位负责人称资金周转困难，承诺月底前补缴。",
          },
        ],
      },
    },
  });
}
