import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PageHeading, PasswordField, SignOutButton, useDocumentTitle } from "@yibao/ui";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { z } from "zod";
import { useWording } from "../elder-mode/use-wording";
import { FormAlert } from "../forms/form-alert";
import { useFieldErrorText } from "../forms/use-field-error-text";
import { useServerFailure } from "../forms/use-server-failure";
import { BackLink } from "../layout/back-link";
import type { PageNoticeState } from "../layout/page-notice";
import { NewPasswordField } from "../passwords/new-password-field";
import { changePasswordSchema } from "./change-password-schema";
import { citizenAccount } from "./citizen-account";
import type { OwnAccount } from "./own-account";

type ChangePasswordInput = z.input<typeof changePasswordSchema>;

const routing = {
  fields: ["currentPassword", "newPassword"] as const,
  codeFields: { CURRENT_PASSWORD_WRONG: "currentPassword" } as const,
};

/**
 * 修改密码 of `account`. Also where a session that must change its password first (a password
 * set at the counter) is held until it has: then there is no way back, only sign-out.
 */
export function ChangePasswordPage({ account = citizenAccount }: { account?: OwnAccount }) {
  const { t } = useTranslation();
  const w = useWording();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useFieldErrorText();
  const session = useQuery(account.session());
  const mustChange = session.data?.stage === "PASSWORD_CHANGE";
  useDocumentTitle(w("pages.changePassword"));

  const form = useForm<ChangePasswordInput, unknown, z.output<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { errors } = form.formState;
  const password = useWatch({ control: form.control, name: "newPassword" });
  const failure = useServerFailure(form.setError, routing);
  const change = useMutation(
    account.security.changePassword.mutationOptions({
      onSuccess: async () => {
        // The session's stage moves on to FULL: load it before leaving, for the guard.
        await queryClient.fetchQuery({ ...account.session(), staleTime: 0 });
        const state: PageNoticeState = { notice: "passwordChanged" };
        const { home, security } = account.paths;
        navigate(mustChange ? home : security, { replace: true, state });
      },
      onError: failure.report,
    }),
  );

  return (
    <>
      <PageHeading>{w("pages.changePassword")}</PageHeading>
      {mustChange ? (
        <p className="notice notice-warning" role="status">
          {w("changePassword.mustChange")}
        </p>
      ) : null}
      <form
        className="form"
        noValidate
        aria-busy={change.isPending}
        onSubmit={form.handleSubmit((input) => {
          failure.clear();
          change.mutate(input);
        })}
      >
        <FormAlert message={failure.formError} />
        <PasswordField
          {...form.register("currentPassword")}
          label={t("fields.currentPassword.label")}
          showLabel={t("fields.password.show")}
          error={errorText("currentPassword", errors.currentPassword)}
        />
        <NewPasswordField
          registration={form.register("newPassword")}
          password={password}
          owner={null}
          serverChecked={["REUSED", "SAME_AS_CURRENT"]}
          error={errorText("newPassword", errors.newPassword)}
        />
        <button
          type="submit"
          className="button button-primary button-wide"
          disabled={change.isPending}
        >
          {change.isPending ? t("changePassword.submitting") : t("changePassword.submit")}
        </button>
      </form>
      <div className="section">
        {mustChange ? (
          <SignOutButton className="button button-wide" />
        ) : (
          <BackLink to={account.paths.security}>{t("security.backToSecurity")}</BackLink>
        )}
      </div>
    </>
  );
}
