import {
  type BatchRowProblem,
  type BatchRowWarning,
  batchRowProblemSchema,
  batchRowWarningSchema,
} from "@yibao/domain";
import { z } from "zod";

const problems = z.array(batchRowProblemSchema);
const warnings = z.array(batchRowWarningSchema);

/** A batch row's `errors` as stored (JSON the check wrote), read back through the domain's shape. */
export function rowErrorsOf(json: unknown): BatchRowProblem[] {
  return problems.parse(json);
}

export function rowWarningsOf(json: unknown): BatchRowWarning[] {
  return json === null || json === undefined ? [] : warnings.parse(json);
}
