import { chinaToday, pickupDeadlineOf } from "@yibao/domain";
import type { TransactionClient } from "../../context";
import { drawCardNumber } from "./draw-card-number";
import type { ActionFacts } from "./record-application-action";
import type { StoredApplication } from "./stored-application";

/**
 * The facts of a card made today: where it waits (the application's service point; for an
 * employer's batch, the county centre), the last day to collect it by the pickup period in force
 * when it was submitted (county parameter, kept on the row), and the number printed on it.
 */
export async function markReadyFacts(
  tx: Pick<TransactionClient, "$queryRaw">,
  stored: StoredApplication,
  now: Date,
): Promise<Extract<ActionFacts, { type: "MARK_READY" }>> {
  return {
    type: "MARK_READY",
    servicePointId: stored.row.servicePointId,
    pickupDeadline: pickupDeadlineOf(chinaToday(now), stored.row.pickupDays),
    cardNumber: await drawCardNumber(tx),
  };
}
