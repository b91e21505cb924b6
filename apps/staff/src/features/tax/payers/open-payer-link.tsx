import { useTranslation } from "react-i18next";
import { RowLink } from "../row-link";

/** A payer list's link to the payer's page: 查看, named for the payer. */
export function OpenPayerLink({ to, name }: { to: string; name: string }) {
  const { t } = useTranslation();
  return (
    <RowLink to={to} label={t("tax.payers.openPayer", { name })}>
      {t("tax.payers.open")}
    </RowLink>
  );
}
