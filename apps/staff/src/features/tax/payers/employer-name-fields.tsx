import { TextField } from "@yibao/ui";
import { useTranslation } from "react-i18next";

interface EmployerNameFieldsProps {
  /** The problems under the fields, by name. */
  fieldErrors: Readonly<Record<string, string>>;
  /** What the fields hold at first: the registered name and address, or those the county knows. */
  defaults?: { name: string; address: string } | undefined;
}

/** An employer's name and address, as registered with the tax authority (`name`, `address`). */
export function EmployerNameFields({ fieldErrors, defaults }: EmployerNameFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="name"
        label={t("tax.fields.name.label")}
        error={fieldErrors.name ?? null}
        defaultValue={defaults?.name}
        autoComplete="off"
        maxLength={100}
      />
      <TextField
        name="address"
        label={t("tax.fields.address.label")}
        error={fieldErrors.address ?? null}
        defaultValue={defaults?.address}
        autoComplete="off"
        maxLength={200}
      />
    </>
  );
}
