import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useWording } from "../elder-mode/use-wording";
import { ServiceGrid } from "./service-grid";
import { serviceTiles } from "./service-tiles";

const cardServices = serviceTiles.filter((tile) =>
  ["apply", "progress", "lost", "replace"].includes(tile.id),
);
const accountServices = serviceTiles.filter((tile) =>
  ["ecard", "account", "transactions", "contributions"].includes(tile.id),
);

/** 办事: every service, grouped as people think of them: the card, then the account. */
export function ServicesPage() {
  const { t } = useTranslation();
  const w = useWording();
  const cardId = useId();
  const accountId = useId();
  useDocumentTitle(w("pages.services"));
  return (
    <>
      <PageHeading>{w("pages.services")}</PageHeading>
      <section aria-labelledby={cardId} className="section">
        <h2 id={cardId}>{t("services.cardGroup")}</h2>
        <ServiceGrid tiles={cardServices} />
      </section>
      <section aria-labelledby={accountId} className="section">
        <h2 id={accountId}>{t("services.accountGroup")}</h2>
        <ServiceGrid tiles={accountServices} />
      </section>
    </>
  );
}
