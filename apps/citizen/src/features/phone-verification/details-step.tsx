import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { TextField } from "@yibao/ui";
import { useEffect, useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormAlert } from "../forms/form-alert";
import { useFieldErrorText } from "../forms/use-field-error-text";
import { useServerFailure } from "../forms/use-server-failure";
import { personDetailsSchema } from "./person-details-schema";
import type { Challenge, PersonDetails, VerificationApi } from "./verification-api";

type DetailsInput = z.input<typeof personDetailsSchema>;

const routing = { fields: ["residentId", "name", "phone"] as const };

interface DetailsStepProps {
  api: VerificationApi;
  /** What the person typed before, when they come back to correct it. */
  defaults: DetailsInput | null;
  /** Back from step 2: the heading takes focus, as on a new page. */
  returning: boolean;
  onStarted: (details: PersonDetails, challenge: Challenge) => void;
}

/** Step 1: resident ID, name and mobile number, as the insured record holds them. */
export function DetailsStep({ api, defaults, returning, onStarted }: DetailsStepProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorText = useFieldErrorText();
  const form = useForm<DetailsInput, unknown, PersonDetails>({
    resolver: zodResolver(personDetailsSchema),
    defaultValues: defaults ?? { residentId: "", name: "", phone: "" },
  });
  const { errors } = form.formState;
  const failure = useServerFailure(form.setError, routing);
  const start = useMutation({
    mutationFn: api.start,
    onSuccess: (challenge, details) => onStarted(details, challenge),
    onError: failure.report,
  });

  useEffect(() => {
    if (returning) headingRef.current?.focus();
  }, [returning]);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("verification.detailsHeading")}
      </h2>
      <form
        className="form"
        noValidate
        aria-busy={start.isPending}
        onSubmit={form.handleSubmit((details) => {
          failure.clear();
          start.mutate(details);
        })}
      >
        <FormAlert message={failure.formError} />
        <TextField
          {...form.register("residentId")}
          label={t("fields.residentId.label")}
          hint={t("fields.residentId.hint")}
          error={errorText("residentId", errors.residentId)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <TextField
          {...form.register("name")}
          label={t("fields.name.label")}
          hint={t("fields.name.hint")}
          error={errorText("name", errors.name)}
          autoComplete="name"
          spellCheck={false}
        />
        <TextField
          {...form.register("phone")}
          label={t("fields.phone.label")}
          hint={t("fields.phone.hint")}
          error={errorText("phone", errors.phone)}
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
        />
        <button
          type="submit"
          className="button button-primary button-wide"
          disabled={start.isPending}
        >
          {start.isPending ? t("verification.sending") : t("verification.sendCode")}
        </button>
      </form>
    </section>
  );
}
