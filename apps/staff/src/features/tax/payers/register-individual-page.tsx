import { useMutation } from "@tanstack/react-query";
import {
  chinaToday,
  type IndividualScheme,
  individualSchemes,
  residentIdSchema,
} from "@yibao/domain";
import { issuesFromParse, PageHeading, serverNow, TextField, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { RouterInputs } from "../../../api-types";
import { trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import { ChoiceField } from "../choice-field";
import { firstInvalidField, typedValue } from "../form-values";
import "../tax.css";
import { taxFormFailure, taxIssueMessage } from "../tax-failure";

type RegisterIndividualInput = RouterInputs["staff"]["tax"]["registerIndividual"];
const fields = ["residentId", "scheme", "registeredOn"] as const;

/**
 * 个人缴费登记: a person who pays for themselves, by resident ID (checked as everywhere, GB
 * 11643-1999), in flexible employment or the resident scheme, from a day. The full number leaves
 * the screen with the form: the payer's page shows it masked.
 */
export function RegisterIndividualPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const today = chinaToday(new Date(serverNow()));
  useDocumentTitle(t("tax.payers.registerIndividual"));
  const register = useMutation({
    mutationFn: (input: RegisterIndividualInput) =>
      trpcClient.staff.tax.registerIndividual.mutate(input),
    onSuccess: (payer) =>
      navigate(`/payers/people/${payer.personId}`, {
        state: { done: t("tax.payers.registered", { name: payer.name }) },
      }),
    onError: (error) => setFailure(taxFormFailure(t, error, fields, { NOT_FOUND: "residentId" })),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    const form = event.currentTarget;
    const fieldErrors: Record<string, string> = {};
    const residentId = residentIdSchema.safeParse(typedValue(form, "residentId"));
    if (!residentId.success) {
      const code = issuesFromParse(residentId.error.issues)[0]?.code ?? "generic";
      fieldErrors.residentId = taxIssueMessage(t, "residentId", code);
    }
    const scheme = typedValue(form, "scheme") as IndividualScheme | "";
    if (scheme === "") fieldErrors.scheme = taxIssueMessage(t, "scheme", "EMPTY");
    const registeredOn = typedValue(form, "registeredOn");
    if (registeredOn === "") fieldErrors.registeredOn = taxIssueMessage(t, "registeredOn", "EMPTY");
    setFailure({ fieldErrors, formError: null });
    if (firstInvalidField(form, fields, fieldErrors) || !residentId.success || scheme === "") {
      return;
    }
    register.mutate({ residentId: residentId.data, scheme, registeredOn, idempotencyKey });
  }

  return (
    <>
      <p>
        <Link to="/payers?kind=individuals">{t("tax.payers.back")}</Link>
      </p>
      <PageHeading>{t("tax.payers.registerIndividual")}</PageHeading>
      <p className="tax-intro">{t("tax.payers.registerIndividualIntro")}</p>
      <form className="form narrow-form" noValidate onSubmit={onSubmit}>
        <FormError message={failure.formError} />
        <TextField
          name="residentId"
          label={t("fields.residentId.label")}
          hint={t("fields.residentId.hint")}
          error={failure.fieldErrors.residentId ?? null}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
        />
        <ChoiceField
          name="scheme"
          legend={t("tax.fields.scheme.label")}
          error={failure.fieldErrors.scheme ?? null}
          choices={individualSchemes.map((code) => ({
            value: code,
            label: t(`tax.schemes.${code}`),
            hint: t(`tax.schemeHints.${code}`),
          }))}
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
