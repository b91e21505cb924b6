import { useId } from "react";

interface NoteFieldProps {
  name: string;
  label: string;
  hint: string;
  error: string | null;
}

/** A labelled textarea for an officer's note, its hint and error announced with it (as `TextField`). */
export function NoteField({ name, label, hint, error }: NoteFieldProps) {
  const id = useId();
  return (
    <div className="field" data-invalid={error ? "true" : undefined}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        className="input"
        rows={4}
        maxLength={1000}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      />
    </div>
  );
}
