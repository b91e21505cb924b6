import { creditCodeSchema } from "@yibao/domain";
import { TextField } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { RouterInputs } from "../../../api-types";
import { trpcClient } from "../../../trpc";
import { checkedIdentifier } from "../checked-identifier";
import { firstInvalidField, typedValue } from "../form-values";
import { registeredPayerId, taxIssueMessage } from "../tax-failure";
import { useTaxForm } from "../use-tax-form";
import { EmployerNameFields } from "./employer-name-fields";
import { RegisterPayerForm } from "./register-payer-form";
import { usePayerRegistration } from "./use-payer-registration";

type RegisterEmployerInput = Omit<
  RouterInputs["staff"]["tax"]["registerEmployer"],
  "idempotencyKey"
>;
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
  const known = (useLocation().state as { employer?: KnownEmployer } | null)?.employer;
  const [existing, setExisting] = useState<string | null>(null);
  const form = useTaxForm(fields);
  const register = usePayerRegistration({
    register: (input: RegisterEmployerInput, idempotencyKey) =>
      trpcClient.staff.tax.registerEmployer.mutate({ ...input, idempotencyKey }),
    pageOf: (employer) => `/payers/employers/${employer.employerId}`,
    onError: (error) => {
      setExisting(registeredPayerId(error));
      form.refused(error);
    },
  });

  const onSubmit = form.onSubmit(register, (element) => {
    const value = (name: string) => typedValue(element, name);
    const fieldErrors: Record<string, string> = {};
    const creditCode = checkedIdentifier(t, creditCodeSchema, element, "creditCode");
    if (creditCode.issue !== null) fieldErrors.creditCode = creditCode.issue;
    if (value("name") === "") fieldErrors.name = taxIssueMessage(t, "name", "EMPTY");
    if (value("address") === "") fieldErrors.address = taxIssueMessage(t, "address", "EMPTY");
    if (value("registeredOn") === "")
      fieldErrors.registeredOn = taxIssueMessage(t, "registeredOn", "EMPTY");
    setExisting(null);
    if (firstInvalidField(element, fields, fieldErrors) || creditCode.value === null) {
      return { fieldErrors, input: null };
    }
    return {
      fieldErrors,
      input: {
        creditCode: creditCode.value,
        name: value("name"),
        address: value("address"),
        registeredOn: value("registeredOn"),
      },
    };
  });

  return (
    <RegisterPayerForm
      heading={t("tax.payers.registerEmployer")}
      intro={t("tax.payers.registerEmployerIntro")}
      backTo="/payers"
      failure={form.failure}
      pending={register.isPending}
      onSubmit={onSubmit}
    >
      {existing ? (
        <p>
          <Link to={`/payers/employers/${existing}`}>{t("tax.payers.openRegistered")}</Link>
        </p>
      ) : null}
      <TextField
        name="creditCode"
        label={t("tax.fields.creditCode.label")}
        hint={t("tax.fields.creditCode.hint")}
        error={form.failure.fieldErrors.creditCode ?? null}
        defaultValue={known?.creditCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={64}
      />
      <EmployerNameFields fieldErrors={form.failure.fieldErrors} defaults={known} />
    </RegisterPayerForm>
  );
}
