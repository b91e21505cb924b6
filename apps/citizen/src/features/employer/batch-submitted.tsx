import { formatDateTime } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { BatchReport } from "./batch-report-types";
import { employerPaths } from "./employer-paths";

/** What a submitted batch made, and what happens next. */
export function BatchSubmitted({
  submitted,
}: {
  submitted: NonNullable<BatchReport["submitted"]>;
}) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-success section" aria-labelledby="submitted-heading">
      <h2 id="submitted-heading" className="notice-heading">
        {t("submitted.heading")}
      </h2>
      <p>
        {t("submitted.text", {
          at: formatDateTime(submitted.at),
          applications: submitted.applications,
        })}
      </p>
      {submitted.validOnly ? <p>{t("submitted.validOnly")}</p> : null}
      <p>
        <Link to={employerPaths.cards}>{t("submitted.cardsLink")}</Link>
      </p>
    </section>
  );
}
