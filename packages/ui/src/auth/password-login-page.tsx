import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { PasswordField } from "../forms/password-field";
import { useWordingOrPlain, type Wording } from "../i18n/wording";
import { PageHeading } from "../layout/page-heading";
import { PublicLayout } from "../layout/public-layout";
import { useDocumentTitle } from "../layout/use-document-title";
import { type LoginFormOptions, type LoginFormState, useLoginForm } from "./use-login-form";

interface PasswordLoginPageProps<TField extends string>
  extends LoginFormOptions<TField | "password"> {
  /** Someone is signed in already: they go to `home` instead. */
  signedIn: boolean;
  /** Defaults to plain `t`. */
  wording?: Wording | undefined;
  /** Shown between the notice and the introduction, such as display settings. */
  settings?: ReactNode;
  formClassName: string;
  submitClassName: string;
  /** The fields that say who is logging in; the password field follows them. */
  children: (form: LoginFormState<TField | "password">) => ReactNode;
}

/** The login page: why the person is here, the app's identifying fields, the password. */
export function PasswordLoginPage<TField extends string>({
  signedIn,
  wording,
  settings,
  formClassName,
  submitClassName,
  children,
  ...options
}: PasswordLoginPageProps<TField>) {
  const { t } = useTranslation();
  const w = useWordingOrPlain(wording);
  useDocumentTitle(t("pages.login"));
  const form = useLoginForm(options);

  if (signedIn && !form.pending) return <Navigate to={options.home} replace />;

  return (
    <PublicLayout>
      <PageHeading>{w("login.heading")}</PageHeading>
      {form.reason ? (
        <p className="notice" role="status">
          {t(`login.reason.${form.reason}`)}
        </p>
      ) : null}
      {settings}
      <p>{w("login.intro")}</p>
      <form className={formClassName} noValidate onSubmit={form.onSubmit} aria-busy={form.pending}>
        <div role="alert" className="form-error">
          {form.formError ? <p>{form.formError}</p> : null}
        </div>
        {children(form)}
        <PasswordField
          name="password"
          label={t("fields.password.label")}
          showLabel={t("fields.password.show")}
          error={form.fieldError("password")}
        />
        <button type="submit" className={submitClassName} disabled={form.pending}>
          {form.pending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </PublicLayout>
  );
}
