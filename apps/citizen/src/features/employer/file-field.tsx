import { useId } from "react";

interface FileFieldProps {
  label: string;
  hint: string;
  accept: string;
  /** The sentence saying what is wrong, or null. */
  error: string | null;
  onFile: (file: File | null) => void;
}

/** A labelled file input whose hint and error are announced with it. */
export function FileField({ label, hint, accept, error, onFile }: FileFieldProps) {
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
      <input
        id={id}
        type="file"
        accept={accept}
        className="input input-file"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${error ? `${id}-error ` : ""}${id}-hint`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
