import { lazy, Suspense } from "react";
import type { FundReport } from "./fund-reports-page";

// The fund's reports and their chart library are loaded with these pages only (their own chunk).
const FundReportsPage = lazy(() =>
  import("./fund-reports-page").then((module) => ({ default: module.FundReportsPage })),
);

export function FundReportsRoute({ report }: { report: FundReport }) {
  return (
    <Suspense fallback={null}>
      <FundReportsPage report={report} />
    </Suspense>
  );
}
