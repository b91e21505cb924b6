import type { BalanceOutlook } from "@yibao/domain";
import { formatFen } from "@yibao/domain";
import type { TFunction } from "i18next";

export interface OutlookFacts {
  outlook: BalanceOutlook;
  monthsLeft: number | null;
  averageMonthlyNetFen: number;
}

function inYears(t: TFunction, months: number): string {
  if (months < 24) return "";
  const years = Math.floor(months / 12);
  return t(months % 12 === 0 ? "outlook.years" : "outlook.overYears", { years });
}

/**
 * The answer to "医保卡里的钱会不会用完？" in one sentence, from the projection's facts: how many
 * months the balance lasts at the last 12 months' net spending, or that it grows, or that
 * nothing was spent.
 */
export function outlookAnswer(t: TFunction, facts: OutlookFacts): string {
  switch (facts.outlook) {
    case "LASTS": {
      const net = formatFen(facts.averageMonthlyNetFen);
      const months = facts.monthsLeft ?? 0;
      return months === 0
        ? t("outlook.answer.LASTS_SOON", { net })
        : t("outlook.answer.LASTS", { net, months, about: inYears(t, months) });
    }
    case "GROWING":
      return t("outlook.answer.GROWING", { net: formatFen(-facts.averageMonthlyNetFen) });
    default:
      return t("outlook.answer.NO_SPENDING");
  }
}
