import { type RatingScore, ratingScores } from "@yibao/domain";
import { forwardRef, useId } from "react";
import { useTranslation } from "react-i18next";
import { StarIcon } from "./star-icon";

interface StarRatingFieldProps {
  /** The form field's name, shared by the five radios. */
  name: string;
  /** What is rated, e.g. 总体评价: the group's legend. */
  label: string;
  value: RatingScore | null;
  error: string | null;
  onChange: (score: RatingScore) => void;
}

/**
 * One score as five stars: a group of native radio buttons (Tab enters the group, the arrow keys
 * choose, as every screen reader expects), each named by its level (非常不满意…非常满意), the
 * stars up to the chosen one filled. The chosen level is written beside the stars, so nobody has
 * to count them.
 */
export const StarRatingField = forwardRef<HTMLInputElement, StarRatingFieldProps>(
  function StarRatingField({ name, label, value, error, onChange }, firstRadio) {
    const { t } = useTranslation();
    const id = useId();
    const errorId = `${id}-error`;
    return (
      <fieldset
        className="field star-field"
        data-invalid={error ? "true" : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        <legend className="field-label">{label}</legend>
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
        <div className="star-row">
          <span className="stars">
            {ratingScores.map((score) => (
              <label
                key={score}
                className="star"
                data-filled={value !== null && score <= value ? "true" : undefined}
              >
                <input
                  ref={score === 1 ? firstRadio : undefined}
                  className="star-input"
                  type="radio"
                  name={name}
                  value={score}
                  checked={value === score}
                  aria-invalid={error && score === 1 ? true : undefined}
                  onChange={() => onChange(score)}
                />
                <StarIcon />
                <span className="visually-hidden">
                  {t(`rating.level.${score}`)}（{t("rating.stars", { score })}）
                </span>
              </label>
            ))}
          </span>
          {/* The radios already say it to a screen reader; this is for the eyes. */}
          <span className="star-level" aria-hidden="true">
            {value === null ? t("rating.notChosen") : t(`rating.level.${value}`)}
          </span>
        </div>
      </fieldset>
    );
  },
);
