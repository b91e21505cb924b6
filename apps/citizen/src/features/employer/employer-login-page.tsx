import { useQuery } from "@tanstack/react-query";
import { creditCodeSchema, passwordInputSchema, residentIdSchema } from "@yibao/domain";
import { PasswordLoginPage, TextField } from "@yibao/ui";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { LoginCodeField } from "../auth/login-code-field";
import { loginCodeSchema } from "../auth/login-code-schema";
import { clearSignedOutEverywhere } from "../session/signed-out-everywhere";
import { employerQueryClient, employerTrpc } from "./employer-api";
import { employerPaths } from "./employer-paths";

/**
 * An agent signs in with the employer's credit code, their own ID number and password, and the
 * authenticator's code once the server asks for it (SECOND_FACTOR_REQUIRED).
 */
export function EmployerLoginPage() {
  const { t } = useTranslation();
  const session = useQuery(employerTrpc.employer.session.queryOptions());
  // The page has said it (the reason is in the navigation's state); a later end is another story.
  useEffect(clearSignedOutEverywhere, []);
  return (
    <PasswordLoginPage
      fields={{
        creditCode: creditCodeSchema,
        residentId: residentIdSchema,
        password: passwordInputSchema,
      }}
      secondFactor={{
        schema: loginCodeSchema,
        show: "whenRequired",
        field: ({ error }) => <LoginCodeField error={error} />,
      }}
      login={(input) => trpcClient.auth.employerLogin.mutate(input)}
      loadSession={() =>
        employerQueryClient.fetchQuery({
          ...employerTrpc.employer.session.queryOptions(),
          staleTime: 0,
        })
      }
      home={employerPaths.home}
      signedIn={Boolean(session.data)}
      formClassName="form employer-login-form"
      submitClassName="button button-primary button-wide"
    >
      {(form) => (
        <>
          <TextField
            name="creditCode"
            label={t("fields.creditCode.label")}
            hint={t("fields.creditCode.hint")}
            error={form.fieldError("creditCode")}
            autoComplete="organization"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <TextField
            name="residentId"
            label={t("fields.agentResidentId.label")}
            hint={t("fields.agentResidentId.hint")}
            error={form.fieldError("residentId")}
            autoComplete="username"
            autoCapitalize="characters"
            spellCheck={false}
          />
        </>
      )}
    </PasswordLoginPage>
  );
}
