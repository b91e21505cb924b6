import { useId } from "react";

interface YearSelectProps {
  label: string;
  years: readonly number[];
  value: number;
  wording: (year: number) => string;
  onChange: (year: number) => void;
}

/** A labelled choice of a year, applied at once. */
export function YearSelect({ label, years, value, wording, onChange }: YearSelectProps) {
  const id = useId();
  return (
    <div className="filter-form">
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <select
          id={id}
          className="input"
          value={value}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {wording(year)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
