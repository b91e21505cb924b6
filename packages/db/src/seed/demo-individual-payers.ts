import type { PrismaClient } from "../generated/prisma/client";
import type { DataProtector } from "../protection/data-protector";
import { chinaTime, dayOf } from "./demo-tax-dates";

/** The counter's two children, in the resident scheme (demo-counter-people.ts). */
const residentChildren = ["530125201506030723", "530125201704221387"] as const;

async function registerIndividual(
  prisma: PrismaClient,
  officerId: string,
  personId: string,
  scheme: "FLEXIBLE_EMPLOYMENT" | "RESIDENT",
  registeredOn: string,
): Promise<void> {
  if ((await prisma.individualPayer.count({ where: { personId } })) > 0) return;
  await prisma.$transaction(async (tx) => {
    const payer = await tx.individualPayer.create({
      data: {
        personId,
        scheme,
        registeredOn: dayOf(registeredOn),
        recordedAt: chinaTime(registeredOn, "10:00:00"),
      },
    });
    await tx.payerRegistrationEvent.create({
      data: {
        personId,
        kind: "REGISTERED",
        effectiveOn: dayOf(registeredOn),
        recordedAt: chinaTime(registeredOn, "10:00:00"),
        recordedBy: officerId,
        detail: { individualPayerId: payer.id, scheme },
      },
    });
  });
}

/** Flexible workers (contributions with no employer), and the two children's resident scheme. */
export async function seedIndividuals(
  { prisma, protector }: { prisma: PrismaClient; protector: DataProtector },
  officerId: string,
  today: string,
): Promise<void> {
  const flexible = await prisma.$queryRaw<Array<{ person_id: string; first: string }>>`
    SELECT person_id, min(month) AS first FROM contribution
     WHERE employer_credit_code IS NULL GROUP BY person_id`;
  for (const row of flexible) {
    await registerIndividual(
      prisma,
      officerId,
      row.person_id,
      "FLEXIBLE_EMPLOYMENT",
      `${row.first.trim()}-01`,
    );
  }
  const year = Number(today.slice(0, 4));
  for (const [index, residentId] of residentChildren.entries()) {
    const person = await prisma.person.findUnique({
      where: { residentIdIndex: protector.residentIdIndex(residentId) },
      select: { id: true },
    });
    if (!person) continue;
    await registerIndividual(prisma, officerId, person.id, "RESIDENT", `${year - 2}-09-01`);
    // Paid in each period (cover from 1 January); the first child has paid next year's already.
    const payments = [year - 1, year].map((coverYear) => ({
      coverYear,
      paidOn: `${coverYear - 1}-10-${String(10 + index).padStart(2, "0")}`,
    }));
    if (index === 0 && today >= `${year}-10-10`)
      payments.push({ coverYear: year + 1, paidOn: `${year}-10-10` });
    await prisma.residentPayment.createMany({
      data: payments.map((payment) => ({
        personId: person.id,
        coverYear: payment.coverYear,
        amountFen: 40_000,
        paidAt: chinaTime(payment.paidOn, "09:30:00"),
        coverStartsOn: dayOf(`${payment.coverYear}-01-01`),
        receiptNumber: `353012500${payment.paidOn.replaceAll("-", "")}R${index + 1}`,
      })),
      skipDuplicates: true,
    });
  }
}
