import { useMutation } from "@tanstack/react-query";
import {
  type Rating,
  type RatingAspect,
  type RatingChannel,
  type RatingScore,
  type RatingState,
  ratingAspectsOf,
  ratingSchemaFor,
} from "@yibao/domain";
import { failureMessage, readServerError } from "@yibao/ui";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { readCardFailure } from "../card/card-failure";
import { FormAlert } from "../forms/form-alert";
import { StarRatingField } from "./star-rating-field";

type Field = "overall" | RatingAspect;
type Scores = Partial<Record<Field, RatingScore>>;

// The schema's limit (ratingCommentSchema); the textarea stops typing there.
const commentLimit = 300;

/**
 * 评价本次服务: the scores the application's channel asks for (ratingAspectsOf), an optional
 * comment, checked with the schema the server uses. Every missing score is named at once and the
 * first takes focus.
 */
export function RatingForm({
  applicationId,
  channel,
  onRated,
}: {
  applicationId: string;
  channel: RatingChannel;
  onRated: (state: RatingState) => void;
}) {
  const { t } = useTranslation();
  const commentId = useId();
  const fields: Field[] = ["overall", ...ratingAspectsOf[channel]];
  const [scores, setScores] = useState<Scores>({});
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState<Field[]>([]);
  const firstRadios = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const submit = useMutation({
    mutationFn: (rating: Rating) =>
      trpcClient.citizen.ratings.submit.mutate({ applicationId, ...rating }),
    onSuccess: onRated,
  });

  function failure(): string | null {
    if (!submit.error) return null;
    const reason = readCardFailure(submit.error).reason;
    if (readServerError(submit.error).domainCode === "ACTION_NOT_ALLOWED" && reason) {
      return t([`rating.notAllowed.${reason}`, "errors.ACTION_NOT_ALLOWED"]);
    }
    return failureMessage(t, submit.error);
  }

  return (
    <form
      className="form rating-form"
      noValidate
      aria-busy={submit.isPending}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = ratingSchemaFor(channel).safeParse({ ...scores, comment });
        const unrated = fields.filter((field) => scores[field] === undefined);
        setMissing(unrated);
        if (unrated[0]) {
          firstRadios.current[unrated[0]]?.focus();
          return;
        }
        if (!parsed.success || submit.isPending) return;
        submit.mutate(parsed.data);
      }}
    >
      <FormAlert message={failure()} />
      {fields.map((field) => (
        <StarRatingField
          key={field}
          ref={(element) => {
            firstRadios.current[field] = element;
          }}
          name={field}
          label={t(`rating.aspect.${field}`)}
          value={scores[field] ?? null}
          error={
            missing.includes(field)
              ? t("rating.required", { aspect: t(`rating.aspect.${field}`) })
              : null
          }
          onChange={(score) => {
            setScores((current) => ({ ...current, [field]: score }));
            setMissing((current) => current.filter((other) => other !== field));
          }}
        />
      ))}
      <div className="field">
        <label htmlFor={commentId} className="field-label">
          {t("rating.comment")}
        </label>
        <p id={`${commentId}-hint`} className="hint">
          {t("rating.commentHint")}
        </p>
        <textarea
          id={commentId}
          name="comment"
          className="input"
          rows={3}
          maxLength={commentLimit}
          value={comment}
          aria-describedby={`${commentId}-hint ${commentId}-count`}
          onChange={(event) => setComment(event.target.value)}
        />
        <p id={`${commentId}-count`} className="hint">
          {t("rating.commentCount", { count: comment.trim().length })}
        </p>
      </div>
      <button
        type="submit"
        className="button button-primary button-wide"
        disabled={submit.isPending}
      >
        {submit.isPending ? t("rating.submitting") : t("rating.submit")}
      </button>
    </form>
  );
}
