import { chinaToday } from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";

interface DayFieldProps {
  name: string;
  label: string;
  hint?: string;
  error: string | null;
}

/** A day that has come (China's date, by the server's clock): today unless changed, never later. */
export function DayField({ name, label, hint, error }: DayFieldProps) {
  const today = chinaToday(new Date(serverNow()));
  return (
    <TextField
      name={name}
      type="date"
      label={label}
      hint={hint}
      error={error}
      defaultValue={today}
      max={today}
    />
  );
}
