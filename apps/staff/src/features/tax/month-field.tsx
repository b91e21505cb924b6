import { chinaToday, monthOf } from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";

interface MonthFieldProps {
  name: string;
  label: string;
  hint: string;
  error: string | null;
  /** The earliest month that may be chosen ('YYYY-MM'). */
  min?: string;
}

/** A month ('YYYY-MM'): this one (China's, by the server's clock) unless changed. */
export function MonthField({ name, label, hint, error, min }: MonthFieldProps) {
  const thisMonth = monthOf(chinaToday(new Date(serverNow())));
  return (
    <TextField
      name={name}
      type="month"
      label={label}
      hint={hint}
      error={error}
      defaultValue={thisMonth}
      min={min}
    />
  );
}
