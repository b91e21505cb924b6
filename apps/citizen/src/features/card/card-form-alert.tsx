import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { readCardFailure } from "./card-failure";

/**
 * A card request's failure for the whole form (`formError`: none when it blames a field), announced (role=alert, always in the page). An
 * application already open says where it stands and links to its progress.
 */
export function CardFormAlert({ error, formError }: { error: unknown; formError: string | null }) {
  const { t } = useTranslation();
  const failure = error ? readCardFailure(error) : null;
  let content = null;
  if (failure?.openApplication) {
    content = (
      <p>
        {t("card.alreadyOpen", {
          reference: failure.openApplication.reference,
          status: t(`card.status.${failure.openApplication.status}`),
        })}{" "}
        <Link to="/card/progress">{t("card.seeProgress")}</Link>
      </p>
    );
  } else if (failure?.reason && failure.domainCode === "ACTION_NOT_ALLOWED") {
    content = <p>{t([`card.notAllowed.${failure.reason}`, "errors.ACTION_NOT_ALLOWED"])}</p>;
  } else if (formError) {
    content = <p>{formError}</p>;
  }
  return (
    <div role="alert" className="form-error">
      {content}
    </div>
  );
}
