import { useQuery } from "@tanstack/react-query";
import { passwordInputSchema, residentIdSchema } from "@yibao/domain";
import { PasswordLoginPage, TextField } from "@yibao/ui";
import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { queryClient, trpc, trpcClient } from "../../trpc";
import { ElderModeSwitch } from "../elder-mode/elder-mode-switch";
import { useWording } from "../elder-mode/use-wording";
import { clearSignedOutEverywhere } from "../session/signed-out-everywhere";
import { LoginCodeField } from "./login-code-field";
import { loginCodeSchema } from "./login-code-schema";

export function LoginPage() {
  const { t } = useTranslation();
  const w = useWording();
  const settingsHeadingId = useId();
  const session = useQuery(trpc.citizen.session.queryOptions());
  // The page has said it (the reason is in the navigation's state); a later end is another story.
  useEffect(clearSignedOutEverywhere, []);

  return (
    <>
      <PasswordLoginPage
        fields={{ residentId: residentIdSchema, password: passwordInputSchema }}
        // Only a person who turned the authenticator on is asked for its code, once the password is right.
        secondFactor={{
          schema: loginCodeSchema,
          show: "whenRequired",
          field: ({ error }) => <LoginCodeField error={error} />,
        }}
        login={(input) => trpcClient.auth.citizenLogin.mutate(input)}
        loadSession={() =>
          queryClient.fetchQuery({ ...trpc.citizen.session.queryOptions(), staleTime: 0 })
        }
        home="/"
        signedIn={Boolean(session.data)}
        wording={w}
        settings={
          <section aria-labelledby={settingsHeadingId} className="display-settings">
            <h2 id={settingsHeadingId} className="visually-hidden">
              {t("login.displaySettings")}
            </h2>
            <ElderModeSwitch signedIn={false} />
          </section>
        }
        formClassName="form"
        submitClassName="button button-primary button-wide"
      >
        {(form) => (
          <TextField
            name="residentId"
            label={t("fields.residentId.label")}
            hint={t("fields.residentId.hint")}
            error={form.fieldError("residentId")}
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        )}
      </PasswordLoginPage>
      {/* After the login form in reading order; the shared login page has no place for it yet. */}
      <nav aria-label={t("login.accountLinks")} className="login-links">
        <ul>
          <li>
            <Link to="/forgot-password">{t("login.forgotPassword")}</Link>
          </li>
          <li>
            <span>{w("login.registerPrompt")}</span>{" "}
            <Link to="/register">{t("login.register")}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
