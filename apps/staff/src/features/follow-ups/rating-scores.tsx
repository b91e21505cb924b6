import { type RatingChannel, ratingAspectsOf } from "@yibao/domain";
import { useTranslation } from "react-i18next";

/** A rating's scores in words: the overall with its level, then the channel's aspects. */
export function RatingScores({
  rating,
}: {
  rating: {
    channel: RatingChannel;
    overall: number;
    speed: number | null;
    attitude: number | null;
    ease: number | null;
  };
}) {
  const { t } = useTranslation();
  return (
    <span className="rating-scores">
      <strong>
        {t("followUps.score", { aspect: t("followUps.aspect.overall"), score: rating.overall })}（
        {t(`followUps.level.${rating.overall}`)}）
      </strong>
      {ratingAspectsOf[rating.channel].map((aspect) => {
        const score = rating[aspect];
        return score === null ? null : (
          <span key={aspect}>
            {t("followUps.score", { aspect: t(`followUps.aspect.${aspect}`), score })}
          </span>
        );
      })}
    </span>
  );
}
