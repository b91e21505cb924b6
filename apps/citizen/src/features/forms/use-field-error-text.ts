import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type FieldErrorLike, fieldErrorCode } from "./field-error-code";
import { figures } from "./figures";

/**
 * The sentence for a field's error: the field's own wording of the code, then the shared one,
 * then the failure's (a wrong code is `errors.VERIFICATION_FAILED`), then a generic one.
 */
export function useFieldErrorText(): (
  field: string,
  error: FieldErrorLike | undefined,
) => string | null {
  const { t } = useTranslation();
  return useCallback(
    (field, error) => {
      const code = fieldErrorCode(error);
      if (code === null) return null;
      return t(
        [`fields.${field}.issues.${code}`, `issues.${code}`, `errors.${code}`, "issues.generic"],
        figures,
      );
    },
    [t],
  );
}
