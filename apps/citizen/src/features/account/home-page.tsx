import { useQuery } from "@tanstack/react-query";
import { PageHeading, useDocumentTitle } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { EcardHomeEntry } from "../ecard/ecard-home-entry";
import { ElderHome } from "../elder-mode/elder-home";
import { useElderMode } from "../elder-mode/use-elder-mode";
import { PageNoticeBanner } from "../layout/page-notice";
import { ServiceGrid } from "../services/service-grid";
import { AccountSummary } from "./account-summary";
import { RecentTransactions } from "./recent-transactions";

/**
 * Elder mode: one big tile per task. Otherwise: the e-card first (what people open the app for at
 * the pharmacy), the account, the services, recent transactions.
 */
export function HomePage() {
  const elderMode = useElderMode();
  const session = useQuery(trpc.citizen.session.queryOptions());
  if (elderMode) return <ElderHome name={session.data?.name ?? ""} />;
  return <AccountHome />;
}

function AccountHome() {
  const { t } = useTranslation();
  const transactionsHeadingId = useId();
  const servicesHeadingId = useId();
  useDocumentTitle(t("pages.home"));
  return (
    <>
      <PageHeading>{t("pages.home")}</PageHeading>
      <PageNoticeBanner />
      <EcardHomeEntry />
      <AccountSummary />
      <section aria-labelledby={servicesHeadingId} className="section">
        <h2 id={servicesHeadingId}>{t("services.heading")}</h2>
        <ServiceGrid />
      </section>
      <section aria-labelledby={transactionsHeadingId} className="section">
        <h2 id={transactionsHeadingId}>{t("transactions.heading")}</h2>
        <RecentTransactions />
      </section>
    </>
  );
}
