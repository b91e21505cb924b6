import type { RouterOutputs } from "../../../api-types";

/** A checked collection as `staff.tax.collection` answers it: the report and, once credited, the result. */
export type CollectionView = RouterOutputs["staff"]["tax"]["collection"];
