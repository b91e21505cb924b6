import { TextField } from "@yibao/ui";
import { useTranslation } from "react-i18next";

/** The resident ID number as on the person's document, under the name `residentId`. */
export function ResidentIdField({ error }: { error: string | null }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="residentId"
      label={t("fields.residentId.label")}
      hint={t("fields.residentId.hint")}
      error={error}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={32}
    />
  );
}
