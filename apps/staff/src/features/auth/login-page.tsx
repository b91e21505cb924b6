import { useQuery } from "@tanstack/react-query";
import { passwordInputSchema, usernameSchema } from "@yibao/domain";
import { OneTimeCodeField, PasswordLoginPage, TextField } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { queryClient, trpc, trpcClient } from "../../trpc";
import { staffOtpSchema } from "./staff-otp-schema";

export function LoginPage() {
  const { t } = useTranslation();
  const session = useQuery(trpc.staff.session.queryOptions());

  return (
    <PasswordLoginPage
      fields={{ username: usernameSchema, password: passwordInputSchema }}
      // Every staff account has a second factor, or enrols one at its first sign-in.
      secondFactor={{
        schema: staffOtpSchema,
        show: "always",
        field: ({ error }) => (
          <OneTimeCodeField
            name="otp"
            label={t("fields.otp.label")}
            hint={t("fields.otp.hint")}
            error={error}
            // A recovery code has letters: no digit keypad.
            inputMode="text"
          />
        ),
      }}
      login={({ username, password, otp }) =>
        trpcClient.auth.staffLogin.mutate({ username, password, otp: otp ?? "" })
      }
      loadSession={() =>
        queryClient.fetchQuery({ ...trpc.staff.session.queryOptions(), staleTime: 0 })
      }
      home="/"
      signedIn={Boolean(session.data)}
      formClassName="form login-form"
      submitClassName="button button-primary"
    >
      {(form) => (
        <TextField
          name="username"
          label={t("fields.username.label")}
          error={form.fieldError("username")}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
        />
      )}
    </PasswordLoginPage>
  );
}
