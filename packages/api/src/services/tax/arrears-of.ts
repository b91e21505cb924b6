import { loadParameterRecords, type PrismaClient } from "@yibao/db";
import {
  compareMonths,
  monthOf,
  type OwedMonth,
  type PayingPeriod,
  parametersOn,
  personArrears,
} from "@yibao/domain";
import { isoDate } from "./calendar-dates";

type Reader = Pick<
  PrismaClient,
  "employer" | "employment" | "individualPayer" | "contribution" | "countyParameter"
>;

export type ArrearsPayer =
  | { kind: "EMPLOYER"; employerId: string; creditCode: string; name: string }
  | { kind: "INDIVIDUAL"; individualPayerId: string; personId: string };

export interface PayerArrears {
  payer: ArrearsPayer;
  people: Array<{ personId: string; months: OwedMonth[]; assessedFen: number; lateFeeFen: number }>;
  monthsOwed: string[];
  assessedFen: number;
  lateFeeFen: number;
}

const monthOfDate = (date: Date | null) => (date ? monthOf(isoDate(date)) : null);

/** A period clipped to the payer's registration; null when nothing of it is registered. */
function clip(period: PayingPeriod, registration: PayingPeriod): PayingPeriod | null {
  const fromMonth =
    compareMonths(period.fromMonth, registration.fromMonth) < 0
      ? registration.fromMonth
      : period.fromMonth;
  const ends = [period.toMonth, registration.toMonth].filter(
    (month): month is string => month !== null,
  );
  const toMonth = ends.sort(compareMonths)[0] ?? null;
  if (toMonth !== null && compareMonths(fromMonth, toMonth) > 0) return null;
  return { fromMonth, toMonth };
}

/**
 * Every payer's arrears up to `upTo` on `asOf` (issue: the tax authority, "Arrears"): employers for
 * the employees they are registered to pay for (employment periods within the employer's own
 * registration), and individuals in flexible employment for themselves. A month counts as paid
 * when any contribution was collected for the person (a new employer's payment is not demanded
 * again of the old one). The resident scheme is a yearly, voluntary payment with no arrears or
 * late fee, and is not listed. The assessment follows `personArrears`, with the parameters in
 * force on each month's first day.
 */
export async function arrearsOf(
  db: Reader,
  options: { upTo: string; asOf: string },
): Promise<PayerArrears[]> {
  const registeredBy = new Date(`${options.upTo}-01T00:00:00Z`);
  registeredBy.setUTCMonth(registeredBy.getUTCMonth() + 1);
  const [employers, individuals, records] = await Promise.all([
    db.employer.findMany({
      where: { registeredOn: { not: null, lt: registeredBy } },
      select: {
        id: true,
        creditCode: true,
        name: true,
        registeredOn: true,
        cancelledOn: true,
        employments: {
          where: { fromMonth: { lte: options.upTo } },
          select: { personId: true, fromMonth: true, toMonth: true },
        },
      },
    }),
    db.individualPayer.findMany({
      where: { scheme: "FLEXIBLE_EMPLOYMENT", registeredOn: { lt: registeredBy } },
      select: { id: true, personId: true, registeredOn: true, cancelledOn: true },
    }),
    loadParameterRecords(db),
  ]);
  const personIds = [
    ...new Set([
      ...employers.flatMap((employer) => employer.employments.map((row) => row.personId)),
      ...individuals.map((row) => row.personId),
    ]),
  ];
  const contributions = await db.contribution.findMany({
    where: { personId: { in: personIds }, month: { lte: options.upTo } },
    select: { personId: true, month: true, wageBaseFen: true },
  });
  const paidOf = new Map<string, Array<{ month: string; wageBaseFen: number | null }>>();
  for (const row of contributions) {
    const list = paidOf.get(row.personId) ?? [];
    list.push({ month: row.month.trim(), wageBaseFen: row.wageBaseFen });
    paidOf.set(row.personId, list);
  }
  const parametersFor = (month: string) => parametersOn(records, `${month}-01`);
  const assess = (personId: string, periods: PayingPeriod[]) => ({
    personId,
    ...personArrears(
      { periods, paid: paidOf.get(personId) ?? [] },
      { upTo: options.upTo, asOf: options.asOf, parametersFor },
    ),
  });
  const summarise = (payer: ArrearsPayer, people: PayerArrears["people"]): PayerArrears => {
    const owing = people.filter((person) => person.months.length > 0);
    return {
      payer,
      people: owing,
      monthsOwed: [
        ...new Set(owing.flatMap((person) => person.months.map((row) => row.month))),
      ].sort(compareMonths),
      assessedFen: owing.reduce((total, person) => total + person.assessedFen, 0),
      lateFeeFen: owing.reduce((total, person) => total + person.lateFeeFen, 0),
    };
  };

  const payers: PayerArrears[] = [];
  for (const employer of employers) {
    const registration = {
      fromMonth: monthOfDate(employer.registeredOn) as string,
      toMonth: monthOfDate(employer.cancelledOn),
    };
    const periodsOf = new Map<string, PayingPeriod[]>();
    for (const row of employer.employments) {
      const period = clip(
        { fromMonth: row.fromMonth.trim(), toMonth: row.toMonth?.trim() ?? null },
        registration,
      );
      if (period) periodsOf.set(row.personId, [...(periodsOf.get(row.personId) ?? []), period]);
    }
    payers.push(
      summarise(
        {
          kind: "EMPLOYER",
          employerId: employer.id,
          creditCode: employer.creditCode.trim(),
          name: employer.name,
        },
        [...periodsOf].map(([personId, periods]) => assess(personId, periods)),
      ),
    );
  }
  for (const individual of individuals) {
    const period = {
      fromMonth: monthOfDate(individual.registeredOn) as string,
      toMonth: monthOfDate(individual.cancelledOn),
    };
    payers.push(
      summarise(
        { kind: "INDIVIDUAL", individualPayerId: individual.id, personId: individual.personId },
        [assess(individual.personId, [period])],
      ),
    );
  }
  return payers
    .filter((payer) => payer.monthsOwed.length > 0)
    .sort((a, b) => b.assessedFen - a.assessedFen);
}
