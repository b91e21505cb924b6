import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { passwordInputSchema } from "@yibao/domain";
import { OneTimeCodeField, PageHeading, PasswordField, useDocumentTitle } from "@yibao/ui";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router";
import { z } from "zod";
import { useWording } from "../elder-mode/use-wording";
import { FormAlert } from "../forms/form-alert";
import { oneTimeCodeSchema } from "../forms/one-time-code-schema";
import { useFieldErrorText } from "../forms/use-field-error-text";
import { useServerFailure } from "../forms/use-server-failure";
import { BackLink } from "../layout/back-link";
import type { PageNoticeState } from "../layout/page-notice";
import { citizenAccount } from "./citizen-account";
import type { OwnAccount } from "./own-account";

const disableSchema = z.object({ password: passwordInputSchema, otp: oneTimeCodeSchema });

const routing = {
  fields: ["password", "otp"] as const,
  pathAliases: { code: "otp" } as const,
  codeFields: {
    CURRENT_PASSWORD_WRONG: "password",
    VERIFICATION_FAILED: "otp",
  } as const,
};

/**
 * 关闭身份验证器 of `account`: the password and a current code, so that a borrowed phone cannot
 * do it.
 */
export function DisableAuthenticatorPage({ account = citizenAccount }: { account?: OwnAccount }) {
  const { t } = useTranslation();
  const w = useWording();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useFieldErrorText();
  const session = useQuery(account.session());
  useDocumentTitle(w("pages.disableAuthenticator"));
  const form = useForm<z.input<typeof disableSchema>, unknown, z.output<typeof disableSchema>>({
    resolver: zodResolver(disableSchema),
    defaultValues: { password: "", otp: "" },
  });
  const { errors } = form.formState;
  const failure = useServerFailure(form.setError, routing);
  const disable = useMutation(
    account.secondFactor.disable.mutationOptions({
      onSuccess: async () => {
        await queryClient.fetchQuery({ ...account.session(), staleTime: 0 });
        const state: PageNoticeState = { notice: "authenticatorOff" };
        navigate(account.paths.security, { replace: true, state });
      },
      onError: failure.report,
    }),
  );

  if (session.data && !session.data.secondFactorEnabled && disable.isIdle) {
    return <Navigate to={account.paths.security} replace />;
  }

  return (
    <>
      <PageHeading>{w("pages.disableAuthenticator")}</PageHeading>
      <p>{w("disableAuthenticator.intro")}</p>
      <form
        className="form"
        noValidate
        aria-busy={disable.isPending}
        onSubmit={form.handleSubmit(({ password, otp }) => {
          failure.clear();
          disable.mutate({ password, code: otp });
        })}
      >
        <FormAlert message={failure.formError} />
        <PasswordField
          {...form.register("password")}
          label={t("fields.password.label")}
          showLabel={t("fields.password.show")}
          error={errorText("password", errors.password)}
        />
        <OneTimeCodeField
          {...form.register("otp")}
          label={t("fields.otp.label")}
          hint={t("fields.otp.hint")}
          error={errorText("otp", errors.otp)}
        />
        <button
          type="submit"
          className="button button-primary button-wide"
          disabled={disable.isPending}
        >
          {disable.isPending
            ? t("disableAuthenticator.submitting")
            : t("disableAuthenticator.submit")}
        </button>
      </form>
      <div className="section">
        <BackLink to={account.paths.security}>{t("security.backToSecurity")}</BackLink>
      </div>
    </>
  );
}
