import type { Prisma } from "@yibao/db";
import { type FollowUpOutcome, isFollowUpOverdue, maskResidentId } from "@yibao/domain";
import type { Scope } from "../../access/scope";
import type { ServiceContext } from "../../context";

export const followUpInclude = {
  rating: {
    include: {
      application: {
        select: {
          id: true,
          reference: true,
          channel: true,
          phoneSealed: true,
          servicePoint: { select: { code: true, name: true } },
          person: { select: { name: true, residentIdSealed: true, phoneSealed: true } },
        },
      },
    },
  },
} satisfies Prisma.RatingFollowUpInclude;

export type FollowUpRow = Prisma.RatingFollowUpGetPayload<{ include: typeof followUpInclude }>;

/** The follow-ups a scope reaches: those of ratings given on its service point's cases. */
export function followUpScopeWhere(scope: Scope): Prisma.RatingFollowUpWhereInput {
  switch (scope.kind) {
    case "SELF":
      return { personId: scope.personId };
    case "SERVICE_POINT":
      return { rating: { servicePointId: scope.servicePointId } };
    case "COUNTY":
      return {};
    case "INSTITUTION":
    case "EMPLOYER":
      // A pharmacy or hospital, or an employer's agent, reaches none of the county's case work.
      return { id: { in: [] } };
  }
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A follow-up as the county centre's clerk works it: whom to call and on which number (in full:
 * the clerk must dial it), what they rated and wrote, where, by when, and the call-back once made.
 */
export function followUpView(
  ctx: Pick<ServiceContext, "protector">,
  row: FollowUpRow,
  today: string,
  staffNames: ReadonlyMap<string, string>,
) {
  const { rating } = row;
  const { application } = rating;
  const { person } = application;
  // The number given for this application, else the person's own.
  const phone = application.phoneSealed
    ? ctx.protector.open(application.phoneSealed, "application.phone")
    : person.phoneSealed
      ? ctx.protector.open(person.phoneSealed, "person.phone")
      : null;
  const dueDate = isoDate(row.dueDate);
  const closed = row.closedAt !== null;
  return {
    id: row.id,
    openedAt: row.openedAt.toISOString(),
    dueDate,
    overdue: isFollowUpOverdue({ dueDate, closed }, today),
    closed,
    person: {
      name: person.name,
      maskedResidentId: maskResidentId(
        ctx.protector.open(person.residentIdSealed, "person.resident-id"),
      ),
      phone,
    },
    application: {
      id: application.id,
      reference: application.reference,
      channel: application.channel,
    },
    servicePoint: application.servicePoint,
    rating: {
      channel: rating.channel,
      overall: rating.overall,
      speed: rating.speed,
      attitude: rating.attitude,
      ease: rating.ease,
      comment: rating.comment,
      ratedAt: rating.createdAt.toISOString(),
    },
    callBack:
      row.closedAt && row.outcome
        ? {
            at: (row.calledBackAt ?? row.closedAt).toISOString(),
            outcome: row.outcome as FollowUpOutcome,
            note: row.note ?? "",
            by: row.closedById ? (staffNames.get(row.closedById) ?? null) : null,
          }
        : null,
  };
}

export type FollowUpView = ReturnType<typeof followUpView>;

/** The display names of the clerks who closed these follow-ups. */
export async function closerNames(
  prisma: Pick<ServiceContext["prisma"], "staffUser">,
  rows: readonly FollowUpRow[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.closedById ? [row.closedById] : [])))];
  if (ids.length === 0) return new Map();
  const users = await prisma.staffUser.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName]));
}
