import { Route } from "react-router";
import { RequirePermission } from "../layout/require-permission";
import { ArrearsPage } from "./arrears/arrears-page";
import { CollectionPage } from "./collections/collection-page";
import { CollectionsPage } from "./collections/collections-page";
import { FundReportsRoute } from "./fund-income/fund-reports-route";
import { EmployerHistoryPage } from "./payers/employer-history-page";
import { PayersPage } from "./payers/payers-page";
import { PersonHistoryPage } from "./payers/person-history-page";
import { RegisterEmployerPage } from "./payers/register-employer-page";
import { RegisterIndividualPage } from "./payers/register-individual-page";
import { CasePage } from "./supervision/case-page";
import { SupervisionPage } from "./supervision/supervision-page";

/**
 * The tax officer's pages (issue: the tax authority) as routes of the signed-in layout, each
 * behind the permission its procedures need. Called, not rendered: React Router reads the
 * routes from the fragment.
 */
export function taxRoutes() {
  return (
    <>
      <Route
        path="payers"
        element={
          <RequirePermission permission="payer:read">
            <PayersPage />
          </RequirePermission>
        }
      />
      <Route
        path="payers/register-employer"
        element={
          <RequirePermission permission="payer:register">
            <RegisterEmployerPage />
          </RequirePermission>
        }
      />
      <Route
        path="payers/register-individual"
        element={
          <RequirePermission permission="payer:register">
            <RegisterIndividualPage />
          </RequirePermission>
        }
      />
      <Route
        path="payers/employers/:employerId"
        element={
          <RequirePermission permission="payer:read">
            <EmployerHistoryPage />
          </RequirePermission>
        }
      />
      <Route
        path="payers/people/:personId"
        element={
          <RequirePermission permission="payer:read">
            <PersonHistoryPage />
          </RequirePermission>
        }
      />
      <Route
        path="collections"
        element={
          <RequirePermission permission="collection:check">
            <CollectionsPage />
          </RequirePermission>
        }
      />
      <Route
        path="collections/:collectionId"
        element={
          <RequirePermission permission="collection:check">
            <CollectionPage />
          </RequirePermission>
        }
      />
      <Route
        path="arrears"
        element={
          <RequirePermission permission="arrears:read">
            <ArrearsPage />
          </RequirePermission>
        }
      />
      <Route
        path="supervision"
        element={
          <RequirePermission permission="supervision:read">
            <SupervisionPage />
          </RequirePermission>
        }
      />
      <Route
        path="supervision/:caseId"
        element={
          <RequirePermission permission="supervision:read">
            <CasePage />
          </RequirePermission>
        }
      />
      {(["income", "budget", "final-accounts"] as const).map((report) => (
        <Route
          key={report}
          path={report === "income" ? "fund-income" : `fund-income/${report}`}
          element={
            <RequirePermission permission="fund-report:read">
              <FundReportsRoute report={report} />
            </RequirePermission>
          }
        />
      ))}
    </>
  );
}
