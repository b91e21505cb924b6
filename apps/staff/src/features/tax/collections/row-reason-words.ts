import { type CollectionRowError, collectionColumns } from "@yibao/domain";
import type { TFunction } from "i18next";

/**
 * One reason a row is not credited, at its column as the file names it: "身份证号码：校验位不对".
 * The same code reads differently at different columns (an empty credit code is an individual,
 * an empty amount is a mistake), so the column's own wording comes first.
 */
export function rowReasonWords(t: TFunction, error: CollectionRowError): string {
  return t("tax.collections.atColumn", {
    column: collectionColumns[error.column],
    reason: t([
      `tax.collections.reasons.${error.column}.${error.reason}`,
      `tax.collections.reasons.${error.reason}`,
      "tax.collections.reasons.generic",
    ]),
  });
}
