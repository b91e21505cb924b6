import type { Prisma } from "@yibao/db";
import type { SupervisionDecision, SupervisionEntryKind, SupervisionGround } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { isoDate } from "./calendar-dates";
import { personLabel, personLabelSelect } from "./person-label";

export const supervisionCaseInclude = {
  employer: { select: { id: true, creditCode: true, name: true } },
  entries: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.SupervisionCaseInclude;

export type SupervisionCaseRow = Prisma.SupervisionCaseGetPayload<{
  include: typeof supervisionCaseInclude;
}>;

/** The names of the persons (individual payers) and officers that cases refer to. */
export async function supervisionNames(
  ctx: Pick<ServiceContext, "prisma" | "protector">,
  rows: readonly SupervisionCaseRow[],
) {
  const personIds = [...new Set(rows.flatMap((row) => (row.personId ? [row.personId] : [])))];
  const staffIds = [
    ...new Set(
      rows.flatMap((row) => [row.openedBy, ...row.entries.map((entry) => entry.recordedBy)]),
    ),
  ];
  const [people, staff] = await Promise.all([
    ctx.prisma.person.findMany({ where: { id: { in: personIds } }, select: personLabelSelect }),
    ctx.prisma.staffUser.findMany({
      where: { id: { in: staffIds } },
      select: { id: true, displayName: true },
    }),
  ]);
  return {
    people: new Map(people.map((person) => [person.id, personLabel(ctx, person)])),
    staff: new Map(staff.map((user) => [user.id, user.displayName])),
  };
}

/** A case as the officer reads it: against whom, why, every entry in order, the decision. */
export function supervisionCaseView(
  row: SupervisionCaseRow,
  names: Awaited<ReturnType<typeof supervisionNames>>,
) {
  const decision = row.entries.find((entry) => entry.kind === "DECISION");
  return {
    caseId: row.id,
    payer: row.employer
      ? {
          kind: "EMPLOYER" as const,
          employerId: row.employer.id,
          creditCode: row.employer.creditCode.trim(),
          name: row.employer.name,
        }
      : {
          kind: "INDIVIDUAL" as const,
          ...(names.people.get(row.personId ?? "") ?? {
            personId: row.personId ?? "",
            name: "",
            maskedResidentId: "",
          }),
        },
    ground: row.ground as SupervisionGround,
    status: row.closedAt ? ("CLOSED" as const) : ("OPEN" as const),
    openedAt: row.openedAt.toISOString(),
    openedBy: names.staff.get(row.openedBy) ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    decision: decision
      ? {
          decision: decision.decision as SupervisionDecision,
          decidedOn: isoDate(decision.occurredOn),
        }
      : null,
    entries: row.entries.map((entry) => ({
      entryId: entry.id,
      kind: entry.kind as SupervisionEntryKind,
      occurredOn: isoDate(entry.occurredOn),
      recordedAt: entry.recordedAt.toISOString(),
      recordedBy: names.staff.get(entry.recordedBy) ?? null,
      note: entry.note,
      decision: (entry.decision as SupervisionDecision | null) ?? null,
    })),
  };
}

export type SupervisionCaseView = ReturnType<typeof supervisionCaseView>;
