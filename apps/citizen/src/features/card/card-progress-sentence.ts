import type { TFunction } from "i18next";
import type { CardApplicationView, CardOverview } from "./card-types";

/** Where the person's card stands, in one sentence, to show and to read aloud. */
export function cardProgressSentence(
  t: TFunction,
  newest: CardApplicationView | null,
  card: CardOverview["card"],
): string {
  if (newest === null) {
    return card
      ? t("card.spoken.cardOnly", { status: t(`card.cardStatus.${card.status}`) })
      : t("card.spoken.none");
  }
  const status = t("card.spoken.status", {
    reference: newest.reference,
    status: t(`card.status.${newest.status}`),
  });
  if (newest.status === "READY_FOR_PICKUP") {
    const point = newest.servicePoint;
    return `${status}${t("card.spoken.pickup", {
      name: point.name,
      address: point.address,
      hours: point.openingHours,
      pickupBy: newest.pickupBy ?? "",
    })}`;
  }
  return status;
}
