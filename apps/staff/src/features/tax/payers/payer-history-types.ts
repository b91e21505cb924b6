import type { RouterOutputs } from "../../../api-types";

/** A payer's history as `staff.tax.payer` answers it. */
export type PayerHistory = RouterOutputs["staff"]["tax"]["payer"];
