import { AppShell } from "@yibao/ui";
import { Navigate, Route } from "react-router";
import { ApplicationsPage } from "./features/applications/applications-page";
import { LoginPage } from "./features/auth/login-page";
import { RequireSession } from "./features/session/require-session";
import { queryClient, sessionApi } from "./trpc";

export function App() {
  return (
    <AppShell queryClient={queryClient} sessionApi={sessionApi} basename={import.meta.env.BASE_URL}>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<Navigate to="/applications" replace />} />
        <Route path="applications" element={<ApplicationsPage />} />
      </Route>
    </AppShell>
  );
}
