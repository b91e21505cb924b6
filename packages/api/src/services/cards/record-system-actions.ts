import type { ApplicationAction } from "@yibao/domain";
import type { ServiceContext, SystemActor } from "../../context";
import { DomainError } from "../../errors";
import { writeApplicationAction } from "../applications/record-application-action";
import {
  applicationInclude,
  type StoredApplication,
  storedApplicationOf,
} from "../applications/stored-application";

type Facts<A> = A extends ApplicationAction ? Omit<A, "at" | "by"> : never;

/**
 * Records one SYSTEM action on each application, each in its own transaction with its audit
 * entry and its messages, at the version just read. An application that moved on meanwhile (a
 * clerk handed the card over, another run of the job was quicker) is skipped: run twice, or
 * twice at once, the job acts once.
 */
export async function recordSystemActions(
  ctx: ServiceContext<SystemActor>,
  applicationIds: readonly string[],
  factsOf: (stored: StoredApplication) => Facts<ApplicationAction> | null,
): Promise<{ recorded: number; skipped: number }> {
  const tally = { recorded: 0, skipped: 0 };
  for (const id of applicationIds) {
    try {
      const recorded = await ctx.prisma.$transaction(async (tx) => {
        const row = await tx.cardApplication.findUnique({
          where: { id },
          include: applicationInclude,
        });
        if (!row) return false;
        const stored = storedApplicationOf(ctx, row);
        const facts = factsOf(stored);
        if (!facts) return false;
        const action = { ...facts, at: ctx.now.toISOString(), by: "SYSTEM" } as ApplicationAction;
        await writeApplicationAction(tx, ctx, stored, action, row.version);
        return true;
      });
      if (recorded) tally.recorded += 1;
      else tally.skipped += 1;
    } catch (error) {
      const movedOn =
        error instanceof DomainError &&
        (error.code === "APPLICATION_CHANGED" || error.code === "ACTION_NOT_ALLOWED");
      if (!movedOn) throw error;
      tally.skipped += 1;
    }
  }
  return tally;
}
