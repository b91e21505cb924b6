import { forwardRef, type InputHTMLAttributes, useState } from "react";
import { TextField } from "./text-field";

interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  label: string;
  showLabel: string;
  error: string | null;
  hint?: string;
  /** Ids of more text that describes the input, such as the rules of a new password. */
  describedBy?: string | undefined;
}

/** A password input with a show/hide toggle (a pressed button keeps one stable name). */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(
  function PasswordField({ label, showLabel, error, ...inputProps }, ref) {
    const [visible, setVisible] = useState(false);
    return (
      <TextField
        ref={ref}
        label={label}
        error={error}
        type={visible ? "text" : "password"}
        autoComplete="current-password"
        autoCapitalize="off"
        spellCheck={false}
        {...inputProps}
        addon={
          <button
            type="button"
            className="button toggle-visibility"
            aria-pressed={visible}
            onClick={() => setVisible((shown) => !shown)}
          >
            {showLabel}
          </button>
        }
      />
    );
  },
);
