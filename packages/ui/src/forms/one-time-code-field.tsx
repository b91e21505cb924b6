import { forwardRef, type InputHTMLAttributes } from "react";
import { TextField } from "./text-field";

interface OneTimeCodeFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: string;
  hint?: string;
  error: string | null;
}

/**
 * A one-time code, from a text message or an authenticator app: the phone offers the code it
 * just received (`autocomplete="one-time-code"`) and a digit keypad. Not `type="number"`, which
 * drops leading zeros and takes scroll-wheel changes.
 */
export const OneTimeCodeField = forwardRef<HTMLInputElement, OneTimeCodeFieldProps>(
  function OneTimeCodeField(props, ref) {
    return (
      <TextField
        ref={ref}
        autoComplete="one-time-code"
        inputMode="numeric"
        autoCapitalize="off"
        spellCheck={false}
        className="input input-code"
        {...props}
      />
    );
  },
);
