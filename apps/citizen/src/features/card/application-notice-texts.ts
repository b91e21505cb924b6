import type { MissingItem, Refusal } from "@yibao/domain";
import { refusalRemedies } from "@yibao/domain";
import type { TFunction } from "i18next";

/** A one-time notice's item in words; OTHER is the clerk's own sentence. */
export function missingItemText(t: TFunction, item: MissingItem): string {
  return item.code === "OTHER" ? item.text : t(`card.missingItem.${item.code}`);
}

/** A refusal's reason and remedy in words; OTHER carries the clerk's own. */
export function refusalTexts(t: TFunction, refusal: Refusal): { reason: string; remedy: string } {
  if (refusal.reason === "OTHER") return { reason: refusal.text, remedy: refusal.remedy };
  return {
    reason: t(`card.refusalReason.${refusal.reason}`),
    remedy: t(`card.refusalRemedy.${refusalRemedies[refusal.reason]}`),
  };
}
