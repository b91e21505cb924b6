import type { PrismaClient } from "@yibao/db";
import { type BatchRowProblem, batchRowProblemOfPerson, canApply } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { actionOfRow } from "../applications/stored-application";

export interface BatchPerson {
  /** The county's person of that ID number; null for someone it does not know yet (增员). */
  personId: string | null;
  /** Why they cannot get a first card through this batch, or null. */
  problem: BatchRowProblem | null;
}

/**
 * What the county's records say of each person a batch names, by normalised ID number, read in
 * three queries however many rows: their cards and applications judged by `canApply` for a first
 * card, with an open application of this employer's own told apart (ALREADY_APPLIED).
 */
export async function judgeBatchPeople(
  ctx: Pick<ServiceContext, "protector"> & {
    prisma: Pick<PrismaClient, "person" | "cardApplication" | "card">;
  },
  employerId: string,
  residentIds: readonly string[],
): Promise<Map<string, BatchPerson>> {
  const byIndex = new Map(residentIds.map((id) => [ctx.protector.residentIdIndex(id), id]));
  const people = await ctx.prisma.person.findMany({
    where: { residentIdIndex: { in: [...byIndex.keys()] } },
    select: { id: true, residentIdIndex: true },
  });
  const personIds = people.map((person) => person.id);
  const [applications, cards] = await Promise.all([
    ctx.prisma.cardApplication.findMany({
      where: { personId: { in: personIds } },
      select: { id: true, personId: true, employerId: true, actions: { orderBy: { seq: "asc" } } },
    }),
    ctx.prisma.card.findMany({
      where: { personId: { in: personIds } },
      select: { personId: true, status: true },
    }),
  ]);

  const applicationsOf = groupBy(applications, (application) => application.personId);
  const cardsOf = groupBy(cards, (card) => card.personId);
  const judged = new Map<string, BatchPerson>();
  for (const id of residentIds) judged.set(id, { personId: null, problem: null });
  for (const person of people) {
    const residentId = byIndex.get(person.residentIdIndex);
    if (residentId === undefined) continue;
    const own = (applicationsOf.get(person.id) ?? []).map((application) => ({
      id: application.id,
      employerId: application.employerId,
      actions: application.actions.map((row) => actionOfRow(ctx, row)),
    }));
    const verdict = canApply(own, cardsOf.get(person.id) ?? [], "FIRST_ISSUE");
    const openIsOurs =
      !verdict.ok &&
      verdict.reason === "APPLICATION_ALREADY_OPEN" &&
      own.find((application) => application.id === verdict.openApplication.id)?.employerId ===
        employerId;
    judged.set(residentId, {
      personId: person.id,
      problem: batchRowProblemOfPerson(verdict, openIsOurs),
    });
  }
  return judged;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
