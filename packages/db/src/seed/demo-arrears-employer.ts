import { addMonths } from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";
import type { DataProtector } from "../protection/data-protector";
import { chinaTime, dayOf } from "./demo-tax-dates";

/** The employer in arrears: registered eight months ago, paid three months, then stopped. */
export const demoArrearsEmployer = {
  creditCode: "91530125MA6R2LBN48",
  name: "云溪县石桥建材有限公司",
  address: "云溪县石桥乡石桥村建材路2号",
} as const;

/** Its two employees, new to the county when it registered (one on a base below the floor). */
const arrearsEmployees = [
  {
    key: "yang-zhiqiang",
    residentId: "530125198307210313",
    name: "杨志强",
    sex: "M",
    wageBaseFen: 380_000,
  },
  {
    key: "li-hongmei",
    residentId: "530125199003150424",
    name: "李红梅",
    sex: "F",
    wageBaseFen: 520_000,
  },
] as const;

/** 杨志强 and 李红梅: accounts credited for the three months their employer paid. */
export async function seedArrearsEmployees(
  { prisma, protector }: { prisma: PrismaClient; protector: DataProtector },
  firstMonth: string,
): Promise<void> {
  for (const employee of arrearsEmployees) {
    const residentIdIndex = protector.residentIdIndex(employee.residentId);
    if (await prisma.person.findUnique({ where: { residentIdIndex } })) continue;
    const birth = employee.residentId.slice(6, 14);
    const personalFen = (employee.wageBaseFen * 200) / 10_000;
    const employerFen = (employee.wageBaseFen * 800) / 10_000;
    const months = [0, 1, 2].map((n) => addMonths(firstMonth, n));
    await prisma.$transaction(async (tx) => {
      const person = await tx.person.create({
        data: {
          residentIdIndex,
          residentIdSealed: protector.seal(employee.residentId, "person.resident-id"),
          name: employee.name,
          sex: employee.sex,
          birthDate: dayOf(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`),
          account: {
            create: {
              openedOn: dayOf(`${firstMonth}-01`),
              balanceFen: personalFen * months.length,
            },
          },
        },
      });
      await tx.contribution.createMany({
        data: months.map((month) => ({
          personId: person.id,
          month,
          employerCreditCode: demoArrearsEmployer.creditCode,
          totalFen: personalFen + employerFen,
          personalAccountFen: personalFen,
          collectedAt: chinaTime(`${month}-15`, "10:00:00"),
          wageBaseFen: employee.wageBaseFen,
          personalFen,
          employerFen,
        })),
      });
      await tx.ledgerEntry.createMany({
        data: months.map((month, index) => ({
          personId: person.id,
          kind: "CONTRIBUTION_CREDIT" as const,
          amountFen: personalFen,
          balanceAfterFen: personalFen * (index + 1),
          postedAt: chinaTime(`${month}-15`, "10:00:00"),
          idempotencyKey: `contribution:seed-${employee.key}:${month}`,
          contributionMonth: month,
        })),
      });
    });
  }
}
