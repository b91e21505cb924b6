import { useTranslation } from "react-i18next";
import type { ServicePoint } from "./card-types";

/** Where a card is collected: the name, address, opening hours and phone (DOMAIN.md, 待领取). */
export function ServicePointFacts({ point }: { point: Omit<ServicePoint, "kind"> }) {
  const { t } = useTranslation();
  return (
    <address className="service-point">
      <span className="service-point-name">{point.name}</span>
      <span>{point.address}</span>
      <span>
        {t("card.openingHours")} {point.openingHours}
      </span>
      <span>
        {t("card.phone")} <a href={`tel:${point.phone}`}>{point.phone}</a>
      </span>
    </address>
  );
}
