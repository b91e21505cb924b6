import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { oldCardCancelledAt, replacementReasonSchema, replacementReasons } from "@yibao/domain";
import { Loading, QueryError, TextField } from "@yibao/ui";
import { useId, useState } from "react";
import { useController, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { queryClient, trpc, trpcClient } from "../../trpc";
import { useFieldErrorText } from "../forms/use-field-error-text";
import { useServerFailure } from "../forms/use-server-failure";
import type { PageNoticeState } from "../layout/page-notice";
import { readCardFailure } from "./card-failure";
import { CardFormAlert } from "./card-form-alert";
import {
  type CardRequest,
  type CardRequestInput,
  firstCardRequestSchema,
  replacementRequestSchema,
} from "./card-request-schema";
import { PhotoField } from "./photo-field";
import { checkPhotoFile, type PhotoProblem } from "./photo-problem";
import { ServicePointField } from "./service-point-field";

const routing = { fields: ["reason", "servicePointCode", "photo", "phone"] as const };

type Kind = "FIRST_ISSUE" | "REPLACEMENT";

function send(kind: Kind, request: CardRequest, idempotencyKey: string) {
  const common = {
    servicePointCode: request.servicePointCode,
    phone: request.phone,
    photo: request.photo,
    idempotencyKey,
  };
  if (kind === "FIRST_ISSUE") return trpcClient.citizen.card.applyOnline.mutate(common);
  return trpcClient.citizen.card.applyForReplacement.mutate({
    ...common,
    reason: replacementReasonSchema.parse(request.reason),
  });
}

/**
 * 申领医保卡 / 补换卡 online: where to collect, the photo (checked here before it is sent), the
 * phone; for a replacement, why. One idempotency key for the form's life, so a second press of
 * the button, or a retry after a dropped answer, never makes a second application.
 */
export function CardRequestForm({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [preview, setPreview] = useState<string | null>(null);
  const [photoProblem, setPhotoProblem] = useState<PhotoProblem | null>(null);
  const points = useQuery(trpc.citizen.card.servicePoints.queryOptions());
  const form = useForm<CardRequestInput, unknown, CardRequest>({
    resolver: zodResolver(
      kind === "REPLACEMENT" ? replacementRequestSchema : firstCardRequestSchema,
    ),
    defaultValues: { servicePointCode: "", phone: "", photo: "", reason: "" },
  });
  const { errors } = form.formState;
  const photo = useController({ name: "photo", control: form.control });
  const failure = useServerFailure(form.setError, routing);
  const submit = useMutation({
    mutationFn: (request: CardRequest) => send(kind, request, idempotencyKey),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.citizen.card.pathKey() });
      const state: PageNoticeState = {
        notice: kind === "FIRST_ISSUE" ? "cardApplied" : "replacementApplied",
      };
      navigate("/card/progress", { state });
    },
    onError: (error) => {
      const facts = readCardFailure(error);
      if (facts.photoCode) {
        setPhotoProblem({
          code: facts.photoCode,
          ...(facts.photo ?? {}),
        });
        setPreview(null);
      }
      failure.report(error);
    },
  });
  const reasonId = useId();

  async function choosePhoto(file: File | null) {
    setPhotoProblem(null);
    setPreview(null);
    if (file === null) {
      photo.field.onChange("");
      return;
    }
    const checked = await checkPhotoFile(file);
    if (checked.problem) {
      photo.field.onChange("");
      setPhotoProblem(checked.problem);
      form.setError("photo", { type: checked.problem.code, message: checked.problem.code });
      return;
    }
    setPreview(checked.dataUrl);
    photo.field.onChange(checked.base64);
    form.clearErrors("photo");
  }

  if (points.isPending) return <Loading />;
  if (points.isError)
    return <QueryError error={points.error} onRetry={() => void points.refetch()} />;

  return (
    <form
      className="form"
      noValidate
      aria-busy={submit.isPending}
      onSubmit={form.handleSubmit((request) => {
        failure.clear();
        if (!submit.isPending) submit.mutate(request);
      })}
    >
      <CardFormAlert error={submit.error} formError={failure.formError} />
      {kind === "REPLACEMENT" ? (
        <fieldset
          className="field choice-group"
          data-invalid={errors.reason ? "true" : undefined}
          aria-describedby={errors.reason ? `${reasonId}-error` : undefined}
        >
          <legend className="field-label">{t("fields.reason.label")}</legend>
          {errors.reason ? (
            <p id={`${reasonId}-error`} className="field-error">
              {errorText("reason", errors.reason)}
            </p>
          ) : null}
          <ul className="choices">
            {replacementReasons.map((code, index) => (
              <li key={code}>
                <label className="choice">
                  <input
                    type="radio"
                    value={code}
                    {...form.register("reason")}
                    aria-invalid={errors.reason && index === 0 ? true : undefined}
                  />
                  <span className="choice-text">
                    <span className="choice-label">{t(`card.replacementReason.${code}`)}</span>
                    <span className="choice-detail">
                      {t(`card.oldCardCancelled.${oldCardCancelledAt[code]}`)}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <ServicePointField
        points={points.data}
        registration={form.register("servicePointCode")}
        error={errorText("servicePointCode", errors.servicePointCode)}
      />
      <PhotoField
        ref={photo.field.ref}
        name="photo"
        preview={preview}
        problem={photoProblem}
        error={errorText("photo", errors.photo)}
        onFile={(file) => void choosePhoto(file)}
      />
      <TextField
        {...form.register("phone")}
        label={t("fields.phone.label")}
        hint={t("fields.phone.cardHint")}
        error={errorText("phone", errors.phone)}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
      />
      <button
        type="submit"
        className="button button-primary button-wide"
        disabled={submit.isPending}
      >
        {submit.isPending
          ? t("card.submitting")
          : t(kind === "FIRST_ISSUE" ? "card.submitApply" : "card.submitReplacement")}
      </button>
    </form>
  );
}
