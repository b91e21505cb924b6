import type { Prisma, PrismaClient } from "@yibao/db";
import {
  type Applicant,
  type ApplicationAction,
  applicantSchema,
  applicationActionSchema,
  type CardApplication,
  type CardApplicationKind,
} from "@yibao/domain";
import type { Scope } from "../../access/scope";
import type { ServiceContext } from "../../context";
import { DomainError } from "../../errors";

type Reader = Pick<PrismaClient, "cardApplication">;

export const applicationInclude = {
  person: { select: { id: true, name: true, residentIdSealed: true, birthDate: true } },
  servicePoint: true,
  actions: { orderBy: { seq: "asc" } },
  card: { select: { number: true, status: true } },
} satisfies Prisma.CardApplicationInclude;

export type ApplicationRow = Prisma.CardApplicationGetPayload<{
  include: typeof applicationInclude;
}>;

/** An application as the workflow rules read it, with its row beside. */
export interface StoredApplication extends CardApplication {
  row: ApplicationRow;
  kindOf: CardApplicationKind;
  applicant: Applicant;
}

/** Where a scope reaches: the person's own, a service point's, or the whole county. */
export function applicationScopeWhere(scope: Scope): Prisma.CardApplicationWhereInput {
  switch (scope.kind) {
    case "SELF":
      return { personId: scope.personId };
    case "SERVICE_POINT":
      return { servicePointId: scope.servicePointId };
    case "COUNTY":
      return {};
    case "INSTITUTION":
      // A pharmacy or hospital reaches none of the county's case work.
      return { id: { in: [] } };
    case "EMPLOYER":
      // An employer's agent reaches the applications its employer filed.
      return { employerId: scope.employerId };
  }
}

/**
 * The recorded action of a row: its type and time in columns, the rest of its facts in
 * `detail`, and the personal part of them sealed in `detail_sealed`.
 */
export function actionOfRow(
  ctx: Pick<ServiceContext, "protector">,
  row: ApplicationRow["actions"][number],
): ApplicationAction {
  const personal = row.detailSealed
    ? (JSON.parse(ctx.protector.open(row.detailSealed, "application.action")) as object)
    : {};
  return applicationActionSchema.parse({
    ...(row.detail as Record<string, unknown>),
    ...personal,
    type: row.action,
    at: row.at.toISOString(),
  });
}

export function storedApplicationOf(
  ctx: Pick<ServiceContext, "protector">,
  row: ApplicationRow,
): StoredApplication {
  const applicant: Applicant = row.applicantSealed
    ? applicantSchema.parse(
        JSON.parse(ctx.protector.open(row.applicantSealed, "application.applicant")),
      )
    : { kind: "SELF" };
  return {
    row,
    channel: row.channel,
    applicant,
    actions: row.actions.map((action) => actionOfRow(ctx, action)),
    kindOf:
      row.kind === "REPLACEMENT"
        ? {
            kind: "REPLACEMENT",
            replacementReason: row.replacementReason as Extract<
              CardApplicationKind,
              { kind: "REPLACEMENT" }
            >["replacementReason"],
          }
        : { kind: "FIRST_ISSUE" },
  };
}

/** One application in the caller's scope; an application outside it is NOT_FOUND, never shown. */
export async function findStoredApplication(
  ctx: Pick<ServiceContext, "protector"> & { prisma: Reader; scope: Scope },
  applicationId: string,
): Promise<StoredApplication> {
  const row = await ctx.prisma.cardApplication.findFirst({
    where: { id: applicationId, ...applicationScopeWhere(ctx.scope) },
    include: applicationInclude,
  });
  if (!row) throw new DomainError("NOT_FOUND");
  return storedApplicationOf(ctx, row);
}
