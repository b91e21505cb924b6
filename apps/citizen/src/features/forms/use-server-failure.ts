import { failureMessage } from "@yibao/ui";
import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type FailureRouting, routeServerFailure } from "./route-server-failure";

/**
 * Shows a failed request on the form: on the fields it blames (the first takes focus), or as one
 * sentence for the whole form. `formError` goes in the form's alert.
 */
export function useServerFailure<TValues extends FieldValues>(
  setError: UseFormSetError<TValues>,
  routing: FailureRouting<Path<TValues>>,
) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const report = useCallback(
    (error: unknown) => {
      const blamed = routeServerFailure(error, routing);
      setFormError(blamed.length === 0 ? failureMessage(t, error) : null);
      blamed.forEach(({ field, code }, index) => {
        setError(field, { type: code, message: code }, { shouldFocus: index === 0 });
      });
    },
    [routing, setError, t],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, report, clear };
}
