import { lazy, Suspense } from "react";

// The dashboard's chart library is loaded with this page only (its own chunk).
const DashboardPage = lazy(() =>
  import("./dashboard-page").then((module) => ({ default: module.DashboardPage })),
);

export function DashboardRoute() {
  return (
    <Suspense fallback={null}>
      <DashboardPage />
    </Suspense>
  );
}
