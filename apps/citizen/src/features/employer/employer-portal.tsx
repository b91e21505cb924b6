import { QueryClientProvider } from "@tanstack/react-query";
import { SessionApiProvider } from "@yibao/ui";
import { I18nextProvider } from "react-i18next";
import { Navigate, Route, Routes } from "react-router";
import { ChangePasswordPage } from "../security/change-password-page";
import { DisableAuthenticatorPage } from "../security/disable-authenticator-page";
import { EnableAuthenticatorPage } from "../security/enable-authenticator-page";
import { SecurityPage } from "../security/security-page";
import { BatchPage } from "./batch-page";
import { BatchesPage } from "./batches-page";
import { CardsPage } from "./cards-page";
import { employerAccount } from "./employer-account";
import { employerQueryClient, employerSessionApi } from "./employer-api";
import { EmployerLoginPage } from "./employer-login-page";
import { NewBatchPage } from "./new-batch-page";
import { createPortalI18n } from "./portal-i18n";
import { RequireEmployerSession } from "./require-employer-session";
import "./employer.css";

const portalI18n = createPortalI18n();

/**
 * The employer portal (单位经办), under `/employer/` of the citizen app and loaded only there: its
 * own texts, its own query cache and session procedures (an agent's session is not a citizen's),
 * and its pages — sign-in, the batches, a batch, the cards to hand out, and the agent's own
 * 账号安全 (the citizen's security pages, acting on the agent's account).
 */
export function EmployerPortal() {
  return (
    <I18nextProvider i18n={portalI18n}>
      <QueryClientProvider client={employerQueryClient}>
        <SessionApiProvider api={employerSessionApi}>
          <div className="employer-portal">
            <Routes>
              <Route path="login" element={<EmployerLoginPage />} />
              <Route element={<RequireEmployerSession />}>
                <Route index element={<BatchesPage />} />
                <Route path="batches/new" element={<NewBatchPage />} />
                <Route path="batches/:batchId" element={<BatchPage />} />
                <Route path="cards" element={<CardsPage />} />
                <Route path="security" element={<SecurityPage account={employerAccount} />} />
                <Route
                  path="security/password"
                  element={<ChangePasswordPage account={employerAccount} />}
                />
                <Route
                  path="security/authenticator"
                  element={<EnableAuthenticatorPage account={employerAccount} />}
                />
                <Route
                  path="security/authenticator/off"
                  element={<DisableAuthenticatorPage account={employerAccount} />}
                />
              </Route>
              <Route path="*" element={<Navigate to="/employer" replace />} />
            </Routes>
          </div>
        </SessionApiProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
