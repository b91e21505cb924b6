import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import type { CardApplicationView } from "./card-types";
import { ServicePointFacts } from "./service-point-facts";

/**
 * Where the card is collected, as its status has it (DOMAIN.md, "Pickup"): the chosen service
 * point while it is made, waits and is overdue there; the county centre once it has been sent
 * back; nowhere once it is cancelled.
 */
export function CollectionPlace({ application }: { application: CardApplicationView }) {
  const { t } = useTranslation();
  const { status } = application;
  const returned = status === "RETURNED_TO_CENTRE";
  const points = useQuery({ ...trpc.citizen.card.servicePoints.queryOptions(), enabled: returned });
  if (status === "EXPIRED") return null;
  const centre = points.data?.find((point) => point.kind === "COUNTY_CENTRE");
  const label =
    status === "READY_FOR_PICKUP" || status === "COLLECTED"
      ? "card.pickupAt"
      : status === "UNCOLLECTED"
        ? "card.uncollectedAt"
        : returned
          ? "card.returnedAt"
          : "card.collectAt";
  const point = returned ? centre : application.servicePoint;
  return (
    <div className="pickup">
      <p className="pickup-label">{t(label)}</p>
      {point ? <ServicePointFacts point={point} /> : null}
    </div>
  );
}
