import { type IndividualScheme, individualSchemes, residentIdSchema } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import type { RouterInputs } from "../../../api-types";
import { trpcClient } from "../../../trpc";
import { checkedIdentifier } from "../checked-identifier";
import { ChoiceField } from "../choice-field";
import { firstInvalidField, typedValue } from "../form-values";
import { ResidentIdField } from "../resident-id-field";
import { taxIssueMessage } from "../tax-failure";
import { useTaxForm } from "../use-tax-form";
import { RegisterPayerForm } from "./register-payer-form";
import { usePayerRegistration } from "./use-payer-registration";

type RegisterIndividualInput = Omit<
  RouterInputs["staff"]["tax"]["registerIndividual"],
  "idempotencyKey"
>;
const fields = ["residentId", "scheme", "registeredOn"] as const;

/**
 * 个人缴费登记: a person who pays for themselves, by resident ID (checked as everywhere, GB
 * 11643-1999), in flexible employment or the resident scheme, from a day. The full number leaves
 * the screen with the form: the payer's page shows it masked.
 */
export function RegisterIndividualPage() {
  const { t } = useTranslation();
  const form = useTaxForm(fields, { NOT_FOUND: "residentId" });
  const register = usePayerRegistration({
    register: (input: RegisterIndividualInput, idempotencyKey) =>
      trpcClient.staff.tax.registerIndividual.mutate({ ...input, idempotencyKey }),
    pageOf: (payer) => `/payers/people/${payer.personId}`,
    onError: form.refused,
  });

  const onSubmit = form.onSubmit(register, (element) => {
    const fieldErrors: Record<string, string> = {};
    const residentId = checkedIdentifier(t, residentIdSchema, element, "residentId");
    if (residentId.issue !== null) fieldErrors.residentId = residentId.issue;
    const scheme = typedValue(element, "scheme") as IndividualScheme | "";
    if (scheme === "") fieldErrors.scheme = taxIssueMessage(t, "scheme", "EMPTY");
    const registeredOn = typedValue(element, "registeredOn");
    if (registeredOn === "") fieldErrors.registeredOn = taxIssueMessage(t, "registeredOn", "EMPTY");
    if (
      firstInvalidField(element, fields, fieldErrors) ||
      residentId.value === null ||
      scheme === ""
    ) {
      return { fieldErrors, input: null };
    }
    return { fieldErrors, input: { residentId: residentId.value, scheme, registeredOn } };
  });

  return (
    <RegisterPayerForm
      heading={t("tax.payers.registerIndividual")}
      intro={t("tax.payers.registerIndividualIntro")}
      backTo="/payers?kind=individuals"
      failure={form.failure}
      pending={register.isPending}
      onSubmit={onSubmit}
    >
      <ResidentIdField error={form.failure.fieldErrors.residentId ?? null} />
      <ChoiceField
        name="scheme"
        legend={t("tax.fields.scheme.label")}
        error={form.failure.fieldErrors.scheme ?? null}
        choices={individualSchemes.map((code) => ({
          value: code,
          label: t(`tax.schemes.${code}`),
          hint: t(`tax.schemeHints.${code}`),
        }))}
      />
    </RegisterPayerForm>
  );
}
