import { useQuery } from "@tanstack/react-query";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { Fragment, useId } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import { PageNoticeBanner } from "../layout/page-notice";
import { RatingSection } from "../rating/rating-section";
import { ApplicationDetails } from "./application-details";
import { CardSection } from "./card-section";

/** 办理进度: the card, and every application of the person, newest first. */
export function CardProgressPage() {
  const { t } = useTranslation();
  const w = useWording();
  const applicationsId = useId();
  useDocumentTitle(w("pages.cardProgress"));
  const overview = useQuery(trpc.citizen.card.overview.queryOptions());

  return (
    <>
      <PageHeading>{w("pages.cardProgress")}</PageHeading>
      <PageNoticeBanner />
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}
      {overview.data ? (
        <>
          <CardSection overview={overview.data} />
          <section aria-labelledby={applicationsId} className="section">
            <h2 id={applicationsId}>{t("card.applicationsHeading")}</h2>
            {overview.data.applications.length === 0 ? (
              <p className="empty">{w("card.noApplications")}</p>
            ) : (
              <div className="applications">
                {overview.data.applications.map((application) => (
                  <Fragment key={application.id}>
                    <ApplicationDetails application={application} />
                    <RatingSection application={application} />
                  </Fragment>
                ))}
              </div>
            )}
          </section>
        </>
      ) : null}
      <BackLink to="/services">{w("card.backToServices")}</BackLink>
    </>
  );
}
