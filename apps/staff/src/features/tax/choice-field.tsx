import { useId } from "react";

interface ChoiceFieldProps {
  name: string;
  legend: string;
  error: string | null;
  choices: readonly { value: string; label: string; hint?: string }[];
  defaultValue?: string | undefined;
  onChange?: (value: string) => void;
}

/** One choice of a few, as radio buttons under a legend, the error announced with the group. */
export function ChoiceField({
  name,
  legend,
  error,
  choices,
  defaultValue,
  onChange,
}: ChoiceFieldProps) {
  const errorId = useId();
  return (
    <fieldset
      className="field tax-choices"
      data-invalid={error ? "true" : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {choices.map((choice) => (
        <label key={choice.value} className="checkbox">
          <input
            type="radio"
            name={name}
            value={choice.value}
            defaultChecked={choice.value === defaultValue}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange?.(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint ? <span className="hint tax-choice-hint">{choice.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
