import { AppShell } from "@yibao/ui";
import { Route } from "react-router";
import { AccessLogPage } from "./features/access-log/access-log-page";
import { BalancePage } from "./features/account/balance-page";
import { HomePage } from "./features/account/home-page";
import { TransactionsPage } from "./features/account/transactions-page";
import { LoginPage } from "./features/auth/login-page";
import { CardProgressPage } from "./features/card/card-progress-page";
import { ReportLostPage } from "./features/card/report-lost-page";
import { ContributionsPage } from "./features/contributions/contributions-page";
import { EcardPage } from "./features/ecard/ecard-page";
import { lazyPage } from "./features/layout/lazy-page";
import { MessagesPage } from "./features/messages/messages-page";
import { PrivacyPage } from "./features/privacy/privacy-page";
import { ProfilePage } from "./features/profile/profile-page";
import { DisableAuthenticatorPage } from "./features/security/disable-authenticator-page";
import { EnableAuthenticatorPage } from "./features/security/enable-authenticator-page";
import { SecurityPage } from "./features/security/security-page";
import { ServicesPage } from "./features/services/services-page";
import { RequireSession } from "./features/session/require-session";
import { CitizenFrame } from "./features/shell/citizen-frame";
import { queryClient, sessionApi } from "./trpc";

const RegistrationPage = lazyPage(
  async () => (await import("./features/registration/registration-page")).RegistrationPage,
);
const PasswordResetPage = lazyPage(
  async () => (await import("./features/password-reset/password-reset-page")).PasswordResetPage,
);
// The card forms carry the photo check and the form library's resolvers: not needed to look.
const CardApplyPage = lazyPage(
  async () => (await import("./features/card/card-apply-page")).CardApplyPage,
);
const ReplacementPage = lazyPage(
  async () => (await import("./features/card/replacement-page")).ReplacementPage,
);
// The chart library is most of this page's weight: the first load carries none of it.
const OutlookPage = lazyPage(
  async () => (await import("./features/outlook/outlook-page")).OutlookPage,
);
const ChangePasswordPage = lazyPage(
  async () => (await import("./features/security/change-password-page")).ChangePasswordPage,
);
// The employer portal (单位经办) is another audience's: the citizen's first load carries none of it.
const EmployerPortal = lazyPage(
  async () => (await import("./features/employer/employer-portal")).EmployerPortal,
);

export function App() {
  return (
    <AppShell queryClient={queryClient} sessionApi={sessionApi} basename={import.meta.env.BASE_URL}>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegistrationPage />} />
      <Route path="/forgot-password" element={<PasswordResetPage />} />
      <Route path="/employer/*" element={<EmployerPortal />} />
      <Route
        path="/privacy"
        element={
          <CitizenFrame>
            <PrivacyPage />
          </CitizenFrame>
        }
      />
      <Route element={<RequireSession />}>
        <Route index element={<HomePage />} />
        <Route path="ecard" element={<EcardPage />} />
        <Route path="balance" element={<BalancePage />} />
        <Route path="balance/outlook" element={<OutlookPage />} />
        <Route path="transactions" element={<TransactionsPage />} />
        <Route path="contributions" element={<ContributionsPage />} />
        <Route path="services" element={<ServicesPage />} />
        <Route path="card/apply" element={<CardApplyPage />} />
        <Route path="card/progress" element={<CardProgressPage />} />
        <Route path="card/report-lost" element={<ReportLostPage />} />
        <Route path="card/replace" element={<ReplacementPage />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="profile/access-log" element={<AccessLogPage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="security/password" element={<ChangePasswordPage />} />
        <Route path="security/authenticator" element={<EnableAuthenticatorPage />} />
        <Route path="security/authenticator/off" element={<DisableAuthenticatorPage />} />
      </Route>
    </AppShell>
  );
}
