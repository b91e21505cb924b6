import type { TFunction } from "i18next";

/** A delivery's last error code (`HTTP_503`, `TIMEOUT`) in words; an unknown code as it is. */
export function deliveryErrorWords(t: TFunction, code: string | null): string {
  if (code === null) return t("deliveries.none");
  const http = /^HTTP_(\d{3})$/.exec(code);
  if (http) return t("deliveries.errors.http", { status: http[1] });
  return t(`deliveries.errors.${code}`, { defaultValue: code });
}
