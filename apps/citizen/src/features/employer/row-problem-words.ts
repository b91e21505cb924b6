import type { BatchRowProblem, BatchRowWarning } from "@yibao/domain";
import type { TFunction } from "i18next";

/**
 * A row's problem in words: the column, then the reason. An ID number's own reasons are worded
 * once, for the citizen's forms (`fields.residentId.issues`); the batch's own ones here.
 */
export function rowProblemWords(t: TFunction, problem: BatchRowProblem | BatchRowWarning): string {
  const reason = t([
    `rowReasons.${problem.reason}`,
    `rowWarnings.${problem.reason}`,
    `fields.residentId.issues.${problem.reason}`,
    "issues.generic",
  ]);
  return t("batch.problem", { column: t(`columns.${problem.column}`), reason });
}
