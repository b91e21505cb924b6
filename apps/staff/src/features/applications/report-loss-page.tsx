import { useMutation } from "@tanstack/react-query";
import { PageHeading, TextField, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";

/** 窗口挂失: a person at the counter, their ID document checked, reports their card lost. */
export function ReportLossPage() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [done, setDone] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(t("pages.reportLoss"));
  const report = useMutation({
    mutationFn: (residentId: string) =>
      trpcClient.staff.applications.reportLost.mutate({ residentId }),
    onSuccess: () => setDone(true),
    onError: (error) => setFailure(formFailure(t, error, { fields: ["residentId"] })),
  });
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const residentId = String(data.get("residentId") ?? "").trim();
    if (!residentId) {
      return setFailure({
        fieldErrors: { residentId: t("fields.residentId.issues.EMPTY") },
        formError: null,
      });
    }
    if (data.get("documentChecked") !== "on") {
      return setFailure({ fieldErrors: {}, formError: t("citizenLogin.documentCheckedRequired") });
    }
    setFailure(noFailure);
    setDone(false);
    report.mutate(residentId);
  }

  return (
    <>
      <PageHeading>{t("pages.reportLoss")}</PageHeading>
      <p>
        <Link to="/applications">{t("applications.registration.back")}</Link>
      </p>
      <p>{t("applications.reportLossIntro")}</p>
      <p ref={status} tabIndex={-1} role="status">
        {done ? (
          <span className="notice notice-success">{t("applications.reportLossDone")}</span>
        ) : null}
      </p>
      <form className="form narrow-form" noValidate onSubmit={submit}>
        <TextField
          name="residentId"
          label={t("fields.residentId.label")}
          hint={t("fields.residentId.hint")}
          error={failure.fieldErrors.residentId ?? null}
          autoComplete="off"
          maxLength={22}
        />
        <label className="checkbox">
          <input type="checkbox" name="documentChecked" />
          <span>{t("citizenLogin.documentChecked")}</span>
        </label>
        <FormError message={failure.formError} />
        <div>
          <button type="submit" className="button button-primary" disabled={report.isPending}>
            {t("applications.reportLoss")}
          </button>
        </div>
      </form>
    </>
  );
}
