import { useMutation } from "@tanstack/react-query";
import { chinaToday, creditCodeSchema } from "@yibao/domain";
import { issuesFromParse, PageHeading, serverNow, TextField, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import type { RouterInputs } from "../../../api-types";
import { trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import "../tax.css";
import { firstInvalidField, typedValue } from "../form-values";
import { registeredPayerId, taxFormFailure, taxIssueMessage } from "../tax-failure";

type RegisterEmployerInput = RouterInputs["staff"]["tax"]["registerEmployer"];
const fields = ["creditCode", "name", "address", "registeredOn"] as const;

/** What the list hands over for an employer the county knows but the tax authority has not registered. */
export interface KnownEmployer {
  creditCode: string;
  name: string;
  address: string;
}

/**
 * 登记用人单位: the unified social credit code, checked as the server checks it (GB 32100-2015,
 * `creditCodeSchema`), the name and address, and the day the registration takes effect. The
 * request's key is made once for this form, so a retry after a lost answer registers once.
 */
export function RegisterEmployerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const known = (useLocation().state as { employer?: KnownEmployer } | null)?.employer;
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [existing, setExisting] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const today = chinaToday(new Date(serverNow()));
  useDocumentTitle(t("tax.payers.registerEmployer"));
  const register = useMutation({
    mutationFn: (input: RegisterEmployerInput) =>
      trpcClient.staff.tax.registerEmployer.mutate(input),
    onSuccess: (employer) =>
      navigate(`/payers/employers/${employer.employerId}`, {
        state: { done: t("tax.payers.registered", { name: employer.name }) },
      }),
    onError: (error) => {
      setExisting(registeredPayerId(error));
      setFailure(taxFormFailure(t, error, fields));
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    const form = event.currentTarget;
    const value = (name: string) => typedValue(form, name);
    const fieldErrors: Record<string, string> = {};
    const creditCode = creditCodeSchema.safeParse(value("creditCode"));
    if (!creditCode.success) {
      const code = issuesFromParse(creditCode.error.issues)[0]?.code ?? "generic";
      fieldErrors.creditCode = taxIssueMessage(t, "creditCode", code);
    }
    if (value("name") === "") fieldErrors.name = taxIssueMessage(t, "name", "EMPTY");
    if (value("address") === "") fieldErrors.address = taxIssueMessage(t, "address", "EMPTY");
    if (value("registeredOn") === "")
      fieldErrors.registeredOn = taxIssueMessage(t, "registeredOn", "EMPTY");
    setFailure({ fieldErrors, formError: null });
    setExisting(null);
    if (firstInvalidField(form, fields, fieldErrors) || !creditCode.success) return;
    register.mutate({
      creditCode: creditCode.data,
      name: value("name"),
      address: value("address"),
      registeredOn: value("registeredOn"),
      idempotencyKey,
    });
  }

  return (
    <>
      <p>
        <Link to="/payers">{t("tax.payers.back")}</Link>
      </p>
      <PageHeading>{t("tax.payers.registerEmployer")}</PageHeading>
      <p className="tax-intro">{t("tax.payers.registerEmployerIntro")}</p>
      <form className="form narrow-form" noValidate onSubmit={onSubmit}>
        <FormError message={failure.formError} />
        {existing ? (
          <p>
            <Link to={`/payers/employers/${existing}`}>{t("tax.payers.openRegistered")}</Link>
          </p>
        ) : null}
        <TextField
          name="creditCode"
          label={t("tax.fields.creditCode.label")}
          hint={t("tax.fields.creditCode.hint")}
          error={failure.fieldErrors.creditCode ?? null}
          defaultValue={known?.creditCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
        />
        <TextField
          name="name"
          label={t("tax.fields.name.label")}
          error={failure.fieldErrors.name ?? null}
          defaultValue={known?.name}
          autoComplete="off"
          maxLength={100}
        />
        <TextField
          name="address"
          label={t("tax.fields.address.label")}
          error={failure.fieldErrors.address ?? null}
          defaultValue={known?.address}
          autoComplete="off"
          maxLength={200}
        />
        <TextField
          name="registeredOn"
          type="date"
          label={t("tax.fields.registeredOn.label")}
          hint={t("tax.fields.registeredOn.hint")}
          error={failure.fieldErrors.registeredOn ?? null}
          defaultValue={today}
          max={today}
        />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={register.isPending}
            aria-busy={register.isPending}
          >
            {register.isPending ? t("tax.payers.registering") : t("tax.payers.register")}
          </button>
        </div>
      </form>
    </>
  );
}
