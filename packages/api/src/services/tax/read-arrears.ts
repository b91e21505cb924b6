import { addMonths, chinaToday, compareMonths, monthOf } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "../audit/record-audit-event";
import { arrearsOf } from "./arrears-of";
import { personLabel, personLabelSelect } from "./person-label";

/**
 * 欠费: who owes premiums up to `month` (not later than last month: this month's is not due), on
 * today's date — employers and individuals with the months owed, the amount assessed, the people
 * affected and the late fee drawn so far (shown, not charged), the largest first, with the open
 * supervision case if there is one. The list names people, so reading it is audited with whom.
 */
export async function readArrears(ctx: ServiceContext<StaffActor>, input: { month: string }) {
  const today = chinaToday(ctx.now);
  const lastMonth = addMonths(monthOf(today), -1);
  const upTo = compareMonths(input.month, lastMonth) > 0 ? lastMonth : input.month;
  const payers = await arrearsOf(ctx.prisma, { upTo, asOf: today });
  const personIds = [
    ...new Set(payers.flatMap((payer) => payer.people.map((person) => person.personId))),
  ];
  const [people, openCases] = await Promise.all([
    ctx.prisma.person.findMany({ where: { id: { in: personIds } }, select: personLabelSelect }),
    ctx.prisma.supervisionCase.findMany({
      where: { closedAt: null },
      orderBy: { openedAt: "desc" },
      select: { id: true, employerId: true, personId: true },
    }),
  ]);
  const labelOf = new Map(people.map((person) => [person.id, personLabel(ctx, person)]));
  const label = (personId: string) =>
    labelOf.get(personId) ?? { personId, name: "", maskedResidentId: "" };
  const caseOf = (payer: (typeof payers)[number]["payer"]) =>
    openCases.find((row) =>
      payer.kind === "EMPLOYER"
        ? row.employerId === payer.employerId
        : row.personId === payer.personId,
    )?.id ?? null;

  if (personIds.length > 0) {
    await recordActorEvent(ctx.prisma, ctx, {
      action: "arrears.read",
      subjectPersonId: null,
      detail: { upTo, payers: payers.length, personIds: personIds.join(",") },
    });
  }
  const items = payers.map((payer) => ({
    payer:
      payer.payer.kind === "EMPLOYER"
        ? payer.payer
        : { ...payer.payer, ...label(payer.payer.personId) },
    monthsOwed: payer.monthsOwed,
    peopleAffected: payer.people.length,
    assessedFen: payer.assessedFen,
    lateFeeFen: payer.lateFeeFen,
    openCaseId: caseOf(payer.payer),
    people: payer.people.map((person) => ({
      ...label(person.personId),
      months: person.months,
      assessedFen: person.assessedFen,
      lateFeeFen: person.lateFeeFen,
    })),
  }));
  return {
    month: upTo,
    asOf: today,
    payers: items,
    totals: {
      payers: items.length,
      people: personIds.length,
      assessedFen: items.reduce((total, item) => total + item.assessedFen, 0),
      lateFeeFen: items.reduce((total, item) => total + item.lateFeeFen, 0),
    },
  };
}
