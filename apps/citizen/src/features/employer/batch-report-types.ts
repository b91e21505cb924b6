import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@yibao/api";

/** A batch as `employer.batches.get` answers it. */
export type BatchReport = inferRouterOutputs<AppRouter>["employer"]["batches"]["get"];

/** An invalid row of the report, with every reason and its cells as the file had them. */
export type InvalidRow = NonNullable<BatchReport["rows"]>["invalid"][number];
