import {
  addMonths,
  chinaToday,
  compareMonths,
  defaultCountyParameters,
  monthOf,
} from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";
import type { DataProtector } from "../protection/data-protector";
import { demoAccounts } from "./demo-accounts";
import { demoArrearsEmployer, seedArrearsEmployees } from "./demo-arrears-employer";
import { seedCollections } from "./demo-collections";
import { demoEmployers } from "./demo-employers";
import { seedIndividuals } from "./demo-individual-payers";
import { seedSupervisionCase } from "./demo-supervision-case";
import { chinaTime, dayOf } from "./demo-tax-dates";

const creditBasisPoints = defaultCountyParameters.EMPLOYEE_ACCOUNT_CREDIT_BASIS_POINTS;

type Database = { prisma: PrismaClient; protector: DataProtector };

async function seedTaxParameters(prisma: PrismaClient): Promise<void> {
  const since2024 = new Date("2024-01-01T00:00:00Z");
  const recordedAt = new Date("2023-12-20T02:00:00Z");
  const reason =
    "云溪县医疗保障局 国家税务总局云溪县税务局关于医疗保险费征缴的通知（云医保〔2023〕13号）";
  await prisma.countyParameter.createMany({
    data: [
      { key: "EMPLOYER_PREMIUM_BASIS_POINTS", value: 800 },
      { key: "EMPLOYEE_PREMIUM_BASIS_POINTS", value: 200 },
      { key: "WAGE_BASE_FLOOR_FEN", value: 400_000 },
      // DOMAIN.md: 400 yuan a year for 2024.
      { key: "RESIDENT_YEARLY_CONTRIBUTION_FEN", value: 40_000 },
      { key: "RESIDENT_PAYMENT_PERIOD_START", value: 901 },
      { key: "RESIDENT_PAYMENT_PERIOD_END", value: 1231 },
    ].map((row) => ({ ...row, effectiveFrom: since2024, recordedAt, reason })),
    skipDuplicates: true,
  });
}

/**
 * The demo contributions were recorded with their total and credit only: give them the parts the
 * tax authority confirms (the employee's 2 % — the credited share — and the employer's 8 %; a
 * flexible worker pays both as their own) and the wage base they came from.
 */
async function confirmContributionParts(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    UPDATE contribution
       SET wage_base_fen = personal_account_fen * 10000 / ${creditBasisPoints},
           personal_fen = CASE WHEN employer_credit_code IS NULL THEN total_fen
                               ELSE personal_account_fen END,
           employer_fen = CASE WHEN employer_credit_code IS NULL THEN 0
                               ELSE total_fen - personal_account_fen END
     WHERE wage_base_fen IS NULL AND receipt_number IS NULL`;
}

async function registerEmployer(
  prisma: PrismaClient,
  officerId: string,
  employer: { creditCode: string; name: string; address: string },
  registeredOn: string,
): Promise<string> {
  const stored = await prisma.employer.upsert({
    where: { creditCode: employer.creditCode },
    create: employer,
    update: {},
  });
  if (stored.registeredOn) return stored.id;
  await prisma.$transaction([
    prisma.employer.update({
      where: { id: stored.id },
      data: { registeredOn: dayOf(registeredOn) },
    }),
    prisma.payerRegistrationEvent.create({
      data: {
        employerId: stored.id,
        kind: "REGISTERED",
        effectiveOn: dayOf(registeredOn),
        recordedAt: chinaTime(registeredOn, "10:00:00"),
        recordedBy: officerId,
        detail: { name: employer.name, address: employer.address, checkException: false },
      },
    }),
  ]);
  return stored.id;
}

/**
 * Who works where, from the contributions: an employee is paid for from their first month with
 * the employer; the link ends at the last month paid for those who stopped (王建国 left 顺达物流),
 * except at the employer in arrears, whose people still work there unpaid for.
 */
async function seedEmployments(
  prisma: PrismaClient,
  officerId: string,
  employerIds: ReadonlyMap<string, string>,
  lastMonth: string,
  now: Date,
): Promise<void> {
  const spans = await prisma.$queryRaw<
    Array<{ person_id: string; employer_credit_code: string; first: string; last: string }>
  >`SELECT person_id, employer_credit_code, min(month) AS first, max(month) AS last
      FROM contribution WHERE employer_credit_code IS NOT NULL
     GROUP BY person_id, employer_credit_code`;
  for (const span of spans) {
    const employerId = employerIds.get(span.employer_credit_code.trim());
    if (!employerId) continue;
    const exists = await prisma.employment.count({
      where: { personId: span.person_id, employerId },
    });
    if (exists > 0) continue;
    const stopped =
      compareMonths(span.last.trim(), lastMonth) < 0 &&
      span.employer_credit_code.trim() !== demoArrearsEmployer.creditCode;
    await prisma.employment.create({
      data: {
        personId: span.person_id,
        employerId,
        fromMonth: span.first.trim(),
        toMonth: stopped ? span.last.trim() : null,
        recordedAt: now,
        recordedBy: officerId,
      },
    });
  }
}

/**
 * The tax authority's side of the demo county (issue: the tax authority): the demo employers
 * registered as payers from their first month, their employees linked, 石桥建材 in arrears with an
 * open supervision case, the flexible workers and the resident-scheme children registered, the
 * premium rates, floor and resident amount as parameters, and a year of credited collections.
 * Idempotent, like the rest of the seed.
 */
export async function seedDemoTax(database: Database, now: Date): Promise<void> {
  const { prisma } = database;
  const officer = await prisma.staffUser.findUniqueOrThrow({
    where: { username: demoAccounts.taxOfficer.username },
    select: { id: true },
  });
  const today = chinaToday(now);
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  await seedTaxParameters(prisma);
  await confirmContributionParts(prisma);

  const firstMonths = await prisma.$queryRaw<Array<{ code: string; first: string }>>`
    SELECT employer_credit_code AS code, min(month) AS first FROM contribution
     WHERE employer_credit_code IS NOT NULL GROUP BY employer_credit_code`;
  const firstOf = new Map(firstMonths.map((row) => [row.code.trim(), row.first.trim()]));
  const employerIds = new Map<string, string>();
  for (const employer of Object.values(demoEmployers)) {
    const first = firstOf.get(employer.creditCode) ?? lastMonth;
    employerIds.set(
      employer.creditCode,
      await registerEmployer(prisma, officer.id, employer, `${first}-01`),
    );
  }
  const arrearsFrom = addMonths(thisMonth, -8);
  const arrearsEmployerId = await registerEmployer(
    prisma,
    officer.id,
    demoArrearsEmployer,
    `${arrearsFrom}-01`,
  );
  employerIds.set(demoArrearsEmployer.creditCode, arrearsEmployerId);
  await seedArrearsEmployees(database, arrearsFrom);

  await seedEmployments(prisma, officer.id, employerIds, lastMonth, now);
  await seedIndividuals(database, officer.id, today);
  await seedCollections(database, officer.id, thisMonth);
  await seedSupervisionCase(prisma, officer.id, arrearsEmployerId, now);
}
