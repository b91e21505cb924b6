import type { PayerRegistrationEvent } from "@yibao/db";
import {
  type IndividualScheme,
  type PayerRegistrationEventKind,
  payerRegistrationEventKinds,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { isoDate } from "./calendar-dates";
import { employerView } from "./employer-view";
import { employmentInclude, employmentView } from "./employment-view";
import { individualPayerInclude, individualPayerView } from "./individual-payer-view";
import { personLabel, personLabelSelect } from "./person-label";
import {
  supervisionCaseInclude,
  supervisionCaseView,
  supervisionNames,
} from "./supervision-case-view";

// Events of one day, recorded at one moment, in the order they can happen.
const eventOrder = payerRegistrationEventKinds;

type EventDetail = {
  changes?: Record<string, { from: string; to: string }>;
  scheme?: IndividualScheme;
  checkException?: boolean;
  employmentsEnded?: number;
};

/** A registration event's facts, without the request's idempotency key. */
function eventView(event: PayerRegistrationEvent, staff: ReadonlyMap<string, string>) {
  const detail = (event.detail ?? {}) as EventDetail;
  return {
    kind: event.kind as PayerRegistrationEventKind,
    effectiveOn: isoDate(event.effectiveOn),
    recordedAt: event.recordedAt.toISOString(),
    recordedBy: event.recordedBy ? (staff.get(event.recordedBy) ?? null) : null,
    changes: detail.changes ?? null,
    scheme: detail.scheme ?? null,
    checkException: detail.checkException ?? false,
    employmentsEnded: detail.employmentsEnded ?? null,
  };
}

/**
 * A payer's history (issue: the tax authority): its registration events by the day they took
 * effect (registered, changed, cancelled, by whom), for an employer the employees it pays or paid for, the
 * collections month by month (newest first), for a person the resident-scheme payments, and the
 * supervision cases. It names people: audited with whom.
 */
export async function readPayerHistory(
  ctx: ServiceContext<StaffActor>,
  input: { employerId: string } | { personId: string },
) {
  const isEmployer = "employerId" in input;
  const employer = isEmployer
    ? await ctx.prisma.employer.findUnique({ where: { id: input.employerId } })
    : null;
  const person = isEmployer
    ? null
    : await ctx.prisma.person.findUnique({
        where: { id: input.personId },
        select: personLabelSelect,
      });
  if (!employer && !person) throw new DomainError("NOT_FOUND");
  const payerWhere = employer ? { employerId: employer.id } : { personId: person?.id ?? "" };

  const [events, employments, registrations, contributions, residentPayments, cases] =
    await Promise.all([
      ctx.prisma.payerRegistrationEvent.findMany({
        where: payerWhere,
        orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }],
      }),
      employer
        ? ctx.prisma.employment.findMany({
            where: { employerId: employer.id },
            orderBy: [{ fromMonth: "desc" }, { id: "asc" }],
            include: employmentInclude,
          })
        : Promise.resolve([]),
      person
        ? ctx.prisma.individualPayer.findMany({
            where: { personId: person.id },
            orderBy: { registeredOn: "desc" },
            include: individualPayerInclude,
          })
        : Promise.resolve([]),
      ctx.prisma.contribution.findMany({
        where: employer
          ? { employerCreditCode: employer.creditCode }
          : { personId: person?.id ?? "", employerCreditCode: null },
        select: {
          personId: true,
          month: true,
          personalFen: true,
          employerFen: true,
          totalFen: true,
          personalAccountFen: true,
        },
      }),
      person
        ? ctx.prisma.residentPayment.findMany({
            where: { personId: person.id },
            orderBy: { coverYear: "desc" },
          })
        : Promise.resolve([]),
      ctx.prisma.supervisionCase.findMany({
        where: payerWhere,
        orderBy: [{ openedAt: "desc" }, { id: "desc" }],
        include: supervisionCaseInclude,
      }),
    ]);

  const byMonth = new Map<
    string,
    {
      month: string;
      people: Set<string>;
      personalFen: number;
      employerFen: number;
      totalFen: number;
      creditedFen: number;
    }
  >();
  for (const row of contributions) {
    const month = row.month.trim();
    const sum = byMonth.get(month) ?? {
      month,
      people: new Set<string>(),
      personalFen: 0,
      employerFen: 0,
      totalFen: 0,
      creditedFen: 0,
    };
    sum.people.add(row.personId);
    sum.personalFen += row.personalFen ?? 0;
    sum.employerFen += row.employerFen ?? 0;
    sum.totalFen += row.totalFen;
    sum.creditedFen += row.personalAccountFen;
    byMonth.set(month, sum);
  }
  const staffIds = events.flatMap((event) => (event.recordedBy ? [event.recordedBy] : []));
  const staff = await ctx.prisma.staffUser.findMany({
    where: { id: { in: [...new Set(staffIds)] } },
    select: { id: true, displayName: true },
  });
  const staffNames = new Map(staff.map((user) => [user.id, user.displayName]));
  const names = await supervisionNames(ctx, cases);

  const personIds = person ? [person.id] : [...new Set(employments.map((row) => row.personId))];
  if (personIds.length > 0) {
    await recordActorEvent(ctx.prisma, ctx, {
      action: "payer.read",
      subjectPersonId: person?.id ?? null,
      detail: {
        what: "payer-history",
        employerId: employer?.id ?? null,
        personIds: personIds.join(","),
      },
    });
  }
  return {
    payer: employer
      ? { kind: "EMPLOYER" as const, ...employerView(employer) }
      : {
          kind: "INDIVIDUAL" as const,
          ...personLabel(ctx, person as NonNullable<typeof person>),
          registrations: registrations.map((row) => individualPayerView(ctx, row)),
        },
    events: events
      .sort(
        (a, b) =>
          a.effectiveOn.getTime() - b.effectiveOn.getTime() ||
          a.recordedAt.getTime() - b.recordedAt.getTime() ||
          eventOrder.indexOf(a.kind as PayerRegistrationEventKind) -
            eventOrder.indexOf(b.kind as PayerRegistrationEventKind),
      )
      .map((event) => eventView(event, staffNames)),
    employees: employments.map((row) => employmentView(ctx, row)),
    collections: [...byMonth.values()]
      .sort((a, b) => b.month.localeCompare(a.month))
      .map(({ people, ...sum }) => ({ ...sum, people: people.size })),
    residentPayments: residentPayments.map((row) => ({
      coverYear: row.coverYear,
      amountFen: row.amountFen,
      paidAt: row.paidAt.toISOString(),
      coverStartsOn: isoDate(row.coverStartsOn),
      receiptNumber: row.receiptNumber,
    })),
    cases: cases.map((row) => supervisionCaseView(row, names)),
  };
}
