import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CountyParameterKey, countyParameterKeySchema, isIsoDate } from "@yibao/domain";
import { TextField } from "@yibao/ui";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs } from "../../api-types";
import { trpc, trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";
import { SelectField } from "../forms/select-field";
import { parameterBounds, parameterValueWords } from "./parameter-words";
import type { ParameterRow } from "./parameters-page";

type SetInput = RouterInputs["staff"]["parameters"]["set"];
const fields = ["key", "value", "effectiveFrom", "reason"] as const;

/** The administrator schedules a parameter's new value from a day on, with the reason. */
export function ParameterChangeForm({
  parameters,
  today,
}: {
  parameters: readonly ParameterRow[];
  today: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const [key, setKey] = useState<CountyParameterKey | null>(null);
  const change = useMutation({
    mutationFn: (input: SetInput) => trpcClient.staff.parameters.set.mutate(input),
    onSuccess: () => {
      formRef.current?.reset();
      setKey(null);
      return queryClient.invalidateQueries({ queryKey: trpc.staff.parameters.list.pathKey() });
    },
    onError: (error) =>
      setFailure(
        formFailure(t, error, {
          fields,
          issueText: (_, code) =>
            t([`parameters.issues.${code}`, `issues.${code}`, "issues.generic"]),
        }),
      ),
  });
  const chosen = parameters.find((parameter) => parameter.key === key);
  const bounds = key ? parameterBounds(key) : null;
  const nameOf = (name: string) => t(`parameters.names.${name}`, { defaultValue: name });
  const unitWords = chosen ? t(`parameters.unitWords.${chosen.unit}`) : "";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const fieldErrors: Record<string, string> = {};
    const parsedKey = countyParameterKeySchema.safeParse(text("key"));
    if (!parsedKey.success) fieldErrors.key = t("parameters.form.parameterRequired");
    const rawValue = text("value");
    const value =
      chosen?.unit === "BOOLEAN"
        ? rawValue === "true"
        : rawValue === ""
          ? Number.NaN
          : Number(rawValue);
    if (parsedKey.success && rawValue === "")
      fieldErrors.value = t("parameters.form.valueRequired");
    else if (
      typeof value === "number" &&
      bounds &&
      (!Number.isInteger(value) || value < bounds.min || value > bounds.max)
    ) {
      fieldErrors.value = t("parameters.issues.OUT_OF_RANGE");
    }
    const effectiveFrom = text("effectiveFrom");
    if (!isIsoDate(effectiveFrom))
      fieldErrors.effectiveFrom = t("parameters.form.effectiveFromRequired");
    else if (effectiveFrom < today) fieldErrors.effectiveFrom = t("parameters.issues.BEFORE_TODAY");
    const reason = text("reason");
    if (reason === "") fieldErrors.reason = t("parameters.form.reasonRequired");
    setFailure({ fieldErrors, formError: null });
    change.reset();
    const firstInvalid = fields.find((field) => fieldErrors[field]);
    if (firstInvalid) {
      const input = form.elements.namedItem(firstInvalid);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    if (parsedKey.success) change.mutate({ key: parsedKey.data, value, effectiveFrom, reason });
  }

  const unitOf = (name: string) =>
    parameters.find((parameter) => parameter.key === name)?.unit ?? "";
  return (
    <section className="section" aria-labelledby="parameter-change-heading">
      <h2 id="parameter-change-heading">{t("parameters.form.heading")}</h2>
      <p>{t("parameters.form.intro")}</p>
      <form
        ref={formRef}
        className="form narrow-form"
        noValidate
        onSubmit={onSubmit}
        aria-busy={change.isPending}
      >
        <FormError message={failure.formError} />
        <SelectField
          name="key"
          label={t("parameters.form.parameter")}
          error={failure.fieldErrors.key ?? null}
          emptyOption={{ label: t("parameters.form.choose"), selectable: false }}
          options={parameters.map((parameter) => ({
            value: parameter.key,
            label: nameOf(parameter.key),
          }))}
          onChange={(event) => {
            const parsed = countyParameterKeySchema.safeParse(event.currentTarget.value);
            setKey(parsed.success ? parsed.data : null);
          }}
        />
        {chosen?.unit === "BOOLEAN" ? (
          <SelectField
            name="value"
            label={t("parameters.form.value")}
            error={failure.fieldErrors.value ?? null}
            emptyOption={{ label: t("parameters.form.choose"), selectable: false }}
            options={[
              { value: "true", label: t("parameters.form.yes") },
              { value: "false", label: t("parameters.form.no") },
            ]}
          />
        ) : (
          <TextField
            key={key ?? "none"}
            name="value"
            type="number"
            inputMode="numeric"
            label={t("parameters.form.value")}
            hint={
              chosen
                ? bounds
                  ? t("parameters.form.valueHint", { unit: unitWords, ...bounds })
                  : t("parameters.form.valueHintUnbounded", { unit: unitWords })
                : undefined
            }
            error={failure.fieldErrors.value ?? null}
            min={bounds?.min}
            max={bounds?.max}
            step={1}
            autoComplete="off"
          />
        )}
        <TextField
          name="effectiveFrom"
          type="date"
          label={t("parameters.form.effectiveFrom")}
          hint={t("parameters.form.effectiveFromHint", { today })}
          error={failure.fieldErrors.effectiveFrom ?? null}
          min={today}
          defaultValue={today}
        />
        <TextField
          name="reason"
          label={t("parameters.form.reason")}
          hint={t("parameters.form.reasonHint")}
          error={failure.fieldErrors.reason ?? null}
          maxLength={200}
          autoComplete="off"
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {change.isPending ? t("parameters.form.submitting") : t("parameters.form.submit")}
          </button>
        </div>
      </form>
      <div role="status">
        {change.data ? (
          <p className="notice notice-success">
            {t("parameters.form.saved", {
              name: nameOf(change.data.key),
              date: change.data.effectiveFrom,
              value: parameterValueWords(t, unitOf(change.data.key), change.data.value),
            })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
