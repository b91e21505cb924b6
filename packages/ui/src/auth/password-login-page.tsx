import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { PasswordField } from "../forms/password-field";
import { useWordingOrPlain, type Wording } from "../i18n/wording";
import { PageHeading } from "../layout/page-heading";
import { PublicLayout } from "../layout/public-layout";
import { useDocumentTitle } from "../layout/use-document-title";
import {
  type LoginFormOptions,
  type LoginFormState,
  type SecondFactorOptions,
  useLoginForm,
} from "./use-login-form";

interface SecondFactorFieldOptions extends SecondFactorOptions {
  /**
   * The code's input, named `otp`, shown after the password; the app words its label and hint
   * (a staff code may be a recovery code). `error` is the sentence for its problem, or null.
   */
  field: (state: { error: string | null }) => ReactNode;
}

interface PasswordLoginPageProps<TField extends string>
  extends Omit<LoginFormOptions<TField | "password">, "secondFactor"> {
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
  /**
   * A second factor after the password: always on screen (`show: "always"`), or only once the
   * server answers SECOND_FACTOR_REQUIRED (`show: "whenRequired"`).
   */
  secondFactor?: SecondFactorFieldOptions | undefined;
}

/** The login page: why the person is here, the app's identifying fields, the password. */
export function PasswordLoginPage<TField extends string>({
  signedIn,
  wording,
  settings,
  formClassName,
  submitClassName,
  children,
  secondFactor,
  ...options
}: PasswordLoginPageProps<TField>) {
  const { t } = useTranslation();
  const w = useWordingOrPlain(wording);
  useDocumentTitle(t("pages.login"));
  const form = useLoginForm({ ...options, secondFactor });

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
        {secondFactor && form.secondFactorShown
          ? secondFactor.field({ error: form.fieldError("otp") })
          : null}
        <button type="submit" className={submitClassName} disabled={form.pending}>
          {form.pending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </PublicLayout>
  );
}
