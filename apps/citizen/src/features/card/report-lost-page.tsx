import { useMutation, useQuery } from "@tanstack/react-query";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { queryClient, trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import type { PageNoticeState } from "../layout/page-notice";
import { ConfirmAction } from "./confirm-action";

/** 挂失: stops the card at once (DOMAIN.md, "Loss"), after the person confirms. */
export function ReportLostPage() {
  const { t } = useTranslation();
  const w = useWording();
  const navigate = useNavigate();
  useDocumentTitle(w("pages.reportLost"));
  const overview = useQuery(trpc.citizen.card.overview.queryOptions());
  const report = useMutation(
    trpc.citizen.card.reportLost.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.citizen.card.pathKey() });
        const state: PageNoticeState = { notice: "cardReportedLost" };
        navigate("/card/progress", { state });
      },
    }),
  );
  const card = overview.data?.card ?? null;

  return (
    <>
      <PageHeading>{w("pages.reportLost")}</PageHeading>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}
      {overview.data && card?.status === "ACTIVE" ? (
        <>
          <p>{w("card.reportLost.intro")}</p>
          <dl className="facts">
            <div>
              <dt>{t("card.cardNumber")}</dt>
              <dd className="resident-id">{card.maskedNumber}</dd>
            </div>
          </dl>
          <ConfirmAction
            label={t("card.reportLost.button")}
            question={w("card.reportLost.question")}
            confirmLabel={t("card.reportLost.confirm")}
            pending={report.isPending}
            error={report.error}
            onConfirm={() => report.mutate({})}
            onCancel={() => report.reset()}
          />
        </>
      ) : null}
      {overview.data && card?.status !== "ACTIVE" ? (
        <p className="notice">
          {card ? t("card.reportLost.notActive") : t("card.noCard")}{" "}
          <Link to="/card/progress">{t("card.seeProgress")}</Link>
        </p>
      ) : null}
      <BackLink to="/card/progress">{w("card.backToProgress")}</BackLink>
    </>
  );
}
