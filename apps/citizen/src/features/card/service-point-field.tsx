import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { ServicePoint } from "./card-types";

interface ServicePointFieldProps {
  points: readonly ServicePoint[];
  registration: UseFormRegisterReturn;
  error: string | null;
}

/** Where to collect the card: one choice per service point, with its address, hours and phone. */
export function ServicePointField({ points, registration, error }: ServicePointFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className="field choice-group"
      data-invalid={error ? "true" : undefined}
      aria-describedby={`${error ? `${id}-error ` : ""}${id}-hint`}
    >
      <legend className="field-label">{t("fields.servicePointCode.label")}</legend>
      <p id={`${id}-hint`} className="hint">
        {t("fields.servicePointCode.hint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="choices">
        {points.map((point, index) => (
          <li key={point.code}>
            <label className="choice">
              <input
                type="radio"
                value={point.code}
                {...registration}
                aria-invalid={error && index === 0 ? true : undefined}
              />
              <span className="choice-text">
                <span className="choice-label">{point.name}</span>
                <span className="choice-detail">{point.address}</span>
                <span className="choice-detail">
                  {t("card.openingHours")} {point.openingHours}
                </span>
                <span className="choice-detail">
                  {t("card.phone")} {point.phone}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
