import { formatMonth } from "@yibao/ui";
import { useTranslation } from "react-i18next";

/** A day as the API sends it ('YYYY-MM-DD', China's date), or 无 when there is none. */
export function TaxDate({ date }: { date: string | null }) {
  const { t } = useTranslation();
  return <>{date ?? t("tax.none")}</>;
}

/** A month ('YYYY-MM') as people say it in the interface language, or 无. */
export function TaxMonth({ month }: { month: string | null }) {
  const { t, i18n } = useTranslation();
  return <>{month ? formatMonth(month, i18n.language) : t("tax.none")}</>;
}
