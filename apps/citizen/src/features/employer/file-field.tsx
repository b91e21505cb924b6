import { TextField } from "@yibao/ui";

interface FileFieldProps {
  label: string;
  hint: string;
  accept: string;
  /** The sentence saying what is wrong, or null. */
  error: string | null;
  onFile: (file: File | null) => void;
}

/** The shared labelled field (hint and error announced with it) holding a file input. */
export function FileField({ label, hint, accept, error, onFile }: FileFieldProps) {
  return (
    <TextField
      type="file"
      className="input input-file"
      label={label}
      hint={hint}
      accept={accept}
      error={error}
      onChange={(event) => onFile(event.target.files?.[0] ?? null)}
    />
  );
}
