import { type SelectHTMLAttributes, useId } from "react";

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  name: string;
  label: string;
  hint?: string | undefined;
  error: string | null;
  /** The first option, with the value "": "choose one" (not selectable) or "all" (selectable). */
  emptyOption: { label: string; selectable: boolean };
  options: readonly { value: string; label: string }[];
}

/** A labelled select whose hint and error are announced with it, as `TextField` does for inputs. */
export function SelectField({
  label,
  hint,
  error,
  emptyOption,
  options,
  ...selectProps
}: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  return (
    <div className="field" data-invalid={error ? "true" : undefined}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <select
        id={id}
        className="input"
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...selectProps}
      >
        <option value="" disabled={!emptyOption.selectable}>
          {emptyOption.label}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
