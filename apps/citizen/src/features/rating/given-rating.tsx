import {
  type GivenRating as Given,
  type RatingChannel,
  ratingAspectsOf,
  ratingScores,
} from "@yibao/domain";
import { formatDateTime } from "@yibao/ui";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { StarIcon } from "./star-icon";

/**
 * A rating as it was given, read-only; just after submitting, the thanks (which takes focus, so
 * that a screen reader says it) and, for a bad rating, when the county centre will call back.
 */
export function GivenRating({
  channel,
  given,
  justRated,
}: {
  channel: RatingChannel;
  given: Given;
  justRated: boolean;
}) {
  const { t } = useTranslation();
  const thanksRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justRated) thanksRef.current?.focus();
  }, [justRated]);
  const scores = [
    ["overall", given.overall],
    ...ratingAspectsOf[channel].map((aspect) => [aspect, given[aspect]] as const),
  ] as const;

  return (
    <>
      {justRated ? (
        <div className="notice notice-success rating-thanks">
          <p ref={thanksRef} tabIndex={-1} className="notice-heading">
            {t("rating.thanks")}
          </p>
          {given.followUp ? <p>{t("rating.callBack", given.followUp)}</p> : null}
        </div>
      ) : null}
      {!justRated && given.followUp && !given.followUp.calledBack ? (
        <p className="notice">{t("rating.callBack", given.followUp)}</p>
      ) : null}
      {given.followUp?.calledBack ? <p className="notice">{t("rating.calledBack")}</p> : null}
      <dl className="facts rating-given">
        {scores.map(([aspect, score]) =>
          score === null ? null : (
            <div key={aspect}>
              <dt>{t(`rating.aspect.${aspect}`)}</dt>
              <dd>
                <span className="stars stars-small" aria-hidden="true">
                  {ratingScores.map((star) => (
                    <StarIcon key={star} filled={star <= score} />
                  ))}
                </span>{" "}
                {t("rating.stars", { score })}：{t(`rating.level.${score}`)}
              </dd>
            </div>
          ),
        )}
        {given.comment ? (
          <div>
            <dt>{t("rating.yourComment")}</dt>
            <dd>{given.comment}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("rating.ratedAt")}</dt>
          <dd>{formatDateTime(given.ratedAt)}</dd>
        </div>
      </dl>
    </>
  );
}
