import { AppShell } from "@yibao/ui";
import { Route } from "react-router";
import { BalancePage } from "./features/account/balance-page";
import { HomePage } from "./features/account/home-page";
import { TransactionsPage } from "./features/account/transactions-page";
import { LoginPage } from "./features/auth/login-page";
import { ProfilePage } from "./features/profile/profile-page";
import { RequireSession } from "./features/session/require-session";
import { queryClient, sessionApi } from "./trpc";

export function App() {
  return (
    <AppShell queryClient={queryClient} sessionApi={sessionApi} basename={import.meta.env.BASE_URL}>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<HomePage />} />
        <Route path="balance" element={<BalancePage />} />
        <Route path="transactions" element={<TransactionsPage />} />
        <Route path="profile" element={<ProfilePage />} />
      </Route>
    </AppShell>
  );
}
