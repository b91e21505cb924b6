import { useQuery } from "@tanstack/react-query";
import { passwordInputSchema, residentIdSchema } from "@yibao/domain";
import { PasswordLoginPage, TextField } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { queryClient, trpc, trpcClient } from "../../trpc";
import { ElderModeSwitch } from "../elder-mode/elder-mode-switch";
import { useWording } from "../elder-mode/use-wording";

export function LoginPage() {
  const { t } = useTranslation();
  const w = useWording();
  const settingsHeadingId = useId();
  const session = useQuery(trpc.citizen.session.queryOptions());

  return (
    <PasswordLoginPage
      fields={{ residentId: residentIdSchema, password: passwordInputSchema }}
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
  );
}
