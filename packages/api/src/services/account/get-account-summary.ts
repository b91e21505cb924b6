import type { AccountSummaryView } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { readAccountSummary } from "./read-account-summary";

/** The signed-in insured's own account at a glance. */
export function getAccountSummary(ctx: ServiceContext<CitizenActor>): Promise<AccountSummaryView> {
  return readAccountSummary(ctx, ctx.actor.personId);
}
