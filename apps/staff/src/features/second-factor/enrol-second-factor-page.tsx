import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  issueMessage,
  Loading,
  OneTimeCodeField,
  PageHeading,
  QueryError,
  useDocumentTitle,
} from "@yibao/ui";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";
import { useStaffSession } from "../session/use-staff-session";
import { enrolmentCodeSchema } from "./enrolment-code-schema";
import { groupSecret } from "./group-secret";
import { QrCodeImage } from "./qr-code-image";
import { RecoveryCodesStep } from "./recovery-codes-step";
import { recoveryCodesKey, useRecoveryCodesToShow } from "./recovery-codes-to-show";

/** The secret offered for enrolment; asked once per visit (a new visit gets a new secret). */
const enrolmentKey = ["staff", "secondFactor", "enrolment"] as const;

/**
 * 绑定动态验证码: the first sign-in's step. The QR code (or the secret typed by hand) goes into an
 * authenticator app; one code from it confirms; then the recovery codes, shown once.
 */
export function EnrolSecondFactorPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const recoveryCodes = useRecoveryCodesToShow();
  useDocumentTitle(t(recoveryCodes ? "pages.recoveryCodes" : "pages.secondFactor"));
  if (recoveryCodes) return <RecoveryCodesStep codes={recoveryCodes} />;
  if (session?.stage !== "SECOND_FACTOR_ENROLMENT") return <Navigate to="/" replace />;
  return <EnrolStep />;
}

function EnrolStep() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const secretId = useId();
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const enrolment = useQuery({
    queryKey: enrolmentKey,
    // A mutation on the server (it stores the offered secret), asked for like a query so that it
    // runs once however often the page renders.
    queryFn: () => trpcClient.staff.secondFactor.beginEnrolment.mutate(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: (code: string) => trpcClient.staff.secondFactor.confirmEnrolment.mutate({ code }),
    onSuccess: (result) => {
      queryClient.setQueryData(recoveryCodesKey, result.recoveryCodes);
      queryClient.removeQueries({ queryKey: enrolmentKey });
    },
    onError: (error) =>
      setFailure(
        formFailure(t, error, { fields: ["code"], fieldOfCode: { VERIFICATION_FAILED: "code" } }),
      ),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("code");
    const typed = input instanceof HTMLInputElement ? input.value : "";
    const parsed = enrolmentCodeSchema.safeParse(typed);
    if (!parsed.success) {
      const code = parsed.error.issues[0]?.message ?? "CODE_FORMAT";
      setFailure({ fieldErrors: { code: issueMessage(t, "code", code) }, formError: null });
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    setFailure(noFailure);
    confirm.mutate(parsed.data);
  }

  return (
    <>
      <PageHeading>{t("pages.secondFactor")}</PageHeading>
      <p>{t("secondFactor.intro")}</p>
      {enrolment.isPending ? <Loading /> : null}
      {enrolment.isError ? (
        <QueryError error={enrolment.error} onRetry={() => void enrolment.refetch()} />
      ) : null}
      {enrolment.data ? (
        <ol className="steps">
          <li>
            <h2>{t("secondFactor.installHeading")}</h2>
            <p>{t("secondFactor.installBody")}</p>
          </li>
          <li>
            <h2>{t("secondFactor.scanHeading")}</h2>
            <div className="qr-block">
              <QrCodeImage text={enrolment.data.otpauthUri} label={t("secondFactor.qrLabel")} />
              <div>
                <p id={secretId}>{t("secondFactor.secretIntro")}</p>
                <p>
                  <code className="secret" aria-describedby={secretId}>
                    {groupSecret(enrolment.data.secret)}
                  </code>
                </p>
                <p className="hint">{t("secondFactor.secretHint")}</p>
              </div>
            </div>
          </li>
          <li>
            <h2>{t("secondFactor.confirmHeading")}</h2>
            <form className="form narrow-form" noValidate onSubmit={onSubmit}>
              <FormError message={failure.formError} />
              <OneTimeCodeField
                name="code"
                label={t("fields.code.label")}
                hint={t("fields.code.hint")}
                error={failure.fieldErrors.code ?? null}
              />
              <div>
                <button
                  type="submit"
                  className="button button-primary"
                  disabled={confirm.isPending}
                  aria-busy={confirm.isPending}
                >
                  {confirm.isPending ? t("secondFactor.confirming") : t("secondFactor.confirm")}
                </button>
              </div>
            </form>
          </li>
        </ol>
      ) : null}
    </>
  );
}
