import { useQuery } from "@tanstack/react-query";
import { passwordInputSchema, usernameSchema } from "@yibao/domain";
import { PasswordLoginPage, TextField } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { queryClient, trpc, trpcClient } from "../../trpc";

export function LoginPage() {
  const { t } = useTranslation();
  const session = useQuery(trpc.staff.session.queryOptions());

  return (
    <PasswordLoginPage
      fields={{ username: usernameSchema, password: passwordInputSchema }}
      login={(input) => trpcClient.auth.staffLogin.mutate(input)}
      loadSession={() =>
        queryClient.fetchQuery({ ...trpc.staff.session.queryOptions(), staleTime: 0 })
      }
      home="/applications"
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
