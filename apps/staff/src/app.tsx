import type { Permission } from "@yibao/domain";
import { AppShell } from "@yibao/ui";
import type { ReactNode } from "react";
import { Route } from "react-router";
import { AccountPage } from "./features/account/account-page";
import { ApplicationsPage } from "./features/applications/applications-page";
import { RegistrationPage } from "./features/applications/registration-page";
import { ReportLossPage } from "./features/applications/report-loss-page";
import { AuditPage } from "./features/audit/audit-page";
import { LoginPage } from "./features/auth/login-page";
import { LookUpPage } from "./features/bureau/look-up-page";
import { CalendarPage } from "./features/calendar/calendar-page";
import { UnlockCitizenLoginPage } from "./features/citizen-login/unlock-citizen-login-page";
import { DashboardRoute } from "./features/dashboard/dashboard-route";
import { DeliveriesPage } from "./features/deliveries/deliveries-page";
import { EmployerBatchPage } from "./features/employer-batches/employer-batch-page";
import { EmployerBatchesPage } from "./features/employer-batches/employer-batches-page";
import { HandOverPage } from "./features/employer-batches/hand-over-page";
import { FollowUpsPage } from "./features/follow-ups/follow-ups-page";
import { InboxPage } from "./features/inbox/inbox-page";
import { JobsPage } from "./features/jobs/jobs-page";
import { HomeRedirect } from "./features/layout/home-redirect";
import { RequirePermission } from "./features/layout/require-permission";
import { WorkAreaOutlet } from "./features/layout/work-area-outlet";
import { OutboxPage } from "./features/outbox/outbox-page";
import { ParametersPage } from "./features/parameters/parameters-page";
import { ChangePasswordPage } from "./features/password/change-password-page";
import { EnrolSecondFactorPage } from "./features/second-factor/enrol-second-factor-page";
import { RequireSession } from "./features/session/require-session";
import { stagePaths } from "./features/session/stage-paths";
import { TillPage } from "./features/settlement/till-page";
import { CreateStaffUserPage } from "./features/staff-users/create-staff-user-page";
import { StaffUsersPage } from "./features/staff-users/staff-users-page";
import { taxRoutes } from "./features/tax/tax-routes";
import { queryClient, sessionApi } from "./trpc";

const allowed = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function App() {
  return (
    <AppShell queryClient={queryClient} sessionApi={sessionApi} basename={import.meta.env.BASE_URL}>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route path={stagePaths.SECOND_FACTOR_ENROLMENT} element={<EnrolSecondFactorPage />} />
        <Route path={stagePaths.PASSWORD_CHANGE} element={<ChangePasswordPage />} />
        <Route element={<WorkAreaOutlet />}>
          <Route index element={<HomeRedirect />} />
          <Route path="applications" element={allowed("application:list", <ApplicationsPage />)} />
          <Route
            path="applications/new"
            element={allowed("application:register", <RegistrationPage />)}
          />
          <Route
            path="applications/report-loss"
            element={allowed("card:report-lost-for-person", <ReportLossPage />)}
          />
          <Route
            path="employer-batches"
            element={allowed("employer-batch:read", <EmployerBatchesPage />)}
          />
          <Route
            path="employer-batches/:batchId"
            element={allowed("employer-batch:read", <EmployerBatchPage />)}
          />
          <Route
            path="employer-batches/:batchId/hand-over"
            element={allowed("employer-batch:read", <HandOverPage />)}
          />
          <Route
            path="citizen-login"
            element={allowed("citizen-login:unlock", <UnlockCitizenLoginPage />)}
          />
          <Route path="staff-users" element={allowed("staff-user:list", <StaffUsersPage />)} />
          <Route
            path="staff-users/new"
            element={allowed("staff-user:create", <CreateStaffUserPage />)}
          />
          <Route path="audit" element={allowed("audit:read", <AuditPage />)} />
          <Route path="outbox" element={allowed("outbox:read", <OutboxPage />)} />
          <Route path="calendar" element={allowed("calendar:read", <CalendarPage />)} />
          <Route path="parameters" element={allowed("parameter:read", <ParametersPage />)} />
          <Route path="dashboard" element={allowed("dashboard:read", <DashboardRoute />)} />
          <Route path="inbox" element={allowed("staff-inbox:read", <InboxPage />)} />
          <Route path="follow-ups" element={allowed("follow-up:list", <FollowUpsPage />)} />
          <Route path="deliveries" element={allowed("message-delivery:read", <DeliveriesPage />)} />
          <Route path="jobs" element={allowed("job:read", <JobsPage />)} />
          <Route path="settlement" element={allowed("settlement:settle", <TillPage />)} />
          <Route path="balance-inquiry" element={allowed("account:look-up", <LookUpPage />)} />
          {taxRoutes()}
          <Route path="account" element={<AccountPage />} />
        </Route>
      </Route>
    </AppShell>
  );
}
