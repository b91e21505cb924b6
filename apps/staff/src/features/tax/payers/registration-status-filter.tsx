import { useTranslation } from "react-i18next";
import { SelectField } from "../../forms/select-field";
import type { registrationStatuses } from "../registration-statuses";

type RegistrationStatus = (typeof registrationStatuses)[number];

interface RegistrationStatusFilterProps<Status extends RegistrationStatus> {
  /** The statuses the list can be narrowed to, in the order offered. */
  statuses: readonly Status[];
  value: Status | "ALL";
  onChange: (value: Status | "ALL") => void;
}

/** A payer list's filter by registration status; all of them at first. */
export function RegistrationStatusFilter<Status extends RegistrationStatus>({
  statuses,
  value,
  onChange,
}: RegistrationStatusFilterProps<Status>) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="status"
      label={t("tax.payers.status")}
      error={null}
      value={value === "ALL" ? "" : value}
      emptyOption={{ label: t("tax.payers.allStatuses"), selectable: true }}
      options={statuses.map((code) => ({ value: code, label: t(`tax.statuses.${code}`) }))}
      onChange={(event) => onChange((event.target.value || "ALL") as Status | "ALL")}
    />
  );
}
