import type { RatingState } from "@yibao/domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { queryClient, trpc } from "../../trpc";
import type { CardApplicationView } from "../card/card-types";
import { GivenRating } from "./given-rating";
import "./rating.css";
import { RatingForm } from "./rating-form";

/**
 * 好差评 on the progress page, under a finished application: the form while it may be rated
 * (the server's `rateable`, from canRate), then the rating given. Nothing for an open case.
 */
export function RatingSection({ application }: { application: CardApplicationView }) {
  const { t } = useTranslation();
  const headingId = useId();
  // The answer to the submission, shown at once; the overview catches up behind it.
  const [submitted, setSubmitted] = useState<RatingState | null>(null);
  const state = submitted ?? application.rating;
  if (!state.rateable && !state.given) return null;

  return (
    <section className="application rating" aria-labelledby={headingId}>
      <h3 id={headingId} className="application-heading rating-heading">
        {state.given ? t("rating.givenHeading") : t("rating.heading")}
        <span className="rating-reference">
          {t("card.reference")} {application.reference}
        </span>
      </h3>
      {state.given ? (
        <GivenRating channel={state.channel} given={state.given} justRated={submitted !== null} />
      ) : (
        <>
          <p>{t("rating.intro")}</p>
          <RatingForm
            applicationId={application.id}
            channel={state.channel}
            onRated={(answer) => {
              setSubmitted(answer);
              void queryClient.invalidateQueries({ queryKey: trpc.citizen.card.pathKey() });
            }}
          />
        </>
      )}
    </section>
  );
}
