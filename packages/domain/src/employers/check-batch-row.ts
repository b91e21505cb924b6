import { personNameSchema } from "../applications/applicant-schema";
import type { Sex } from "../identifiers/validate-resident-id";
import { validateResidentId } from "../identifiers/validate-resident-id";
import { phoneSchema } from "../schemas/phone-schema";
import type { BatchRowProblem, BatchRowWarning } from "./batch-row-problems";
import { findServicePoint, type NamedServicePoint } from "./find-service-point";

/** One row's cells as the reader gives them: text, and whether the sheet stored the ID as a number. */
export interface BatchRowCells {
  name: string;
  residentId: { text: string; storedAsNumber: boolean };
  phone: string;
  /** Empty when the sheet has no 服务点 column or the cell is blank. */
  servicePoint: string;
}

/** What the row's own cells say, before the county's records are asked about the person. */
export interface BatchRowCheck {
  errors: BatchRowProblem[];
  warnings: BatchRowWarning[];
  /** The person the row names, when the ID number is valid (normalised, with its birth date and sex). */
  person: { residentId: string; birthDate: string; sex: Sex } | null;
  /** The mobile number, normalised; null when missing or malformed. */
  phone: string | null;
  /** The county's service point the 服务点 cell names, if it names one. */
  servicePointId: string | null;
}

function nameProblem(name: string): BatchRowProblem | null {
  if (name.trim() === "") return { column: "NAME", reason: "REQUIRED" };
  return personNameSchema.safeParse(name).success ? null : { column: "NAME", reason: "TOO_LONG" };
}

/**
 * Checks one row of a batch by its own cells (the employer issue, "A batch"): the name is
 * required; the ID number follows GB 11643-1999 (`validateResidentId`, against China's `today`)
 * and must not have been stored as a number, which has already lost digits; the mobile number
 * follows `phoneSchema`; a 服务点 naming none of the county's points is a warning only. Every
 * problem is reported at once. Duplicates within the file and the person's own cards and
 * applications are judged over the whole batch (`markDuplicateRows`, `batchRowProblemOfPerson`).
 */
export function checkBatchRow(
  cells: BatchRowCells,
  rules: { today: string; servicePoints: readonly NamedServicePoint[] },
): BatchRowCheck {
  const errors: BatchRowProblem[] = [];
  const warnings: BatchRowWarning[] = [];

  const name = nameProblem(cells.name);
  if (name) errors.push(name);

  let person: BatchRowCheck["person"] = null;
  if (cells.residentId.text.trim() === "") {
    errors.push({ column: "RESIDENT_ID", reason: "REQUIRED" });
  } else if (cells.residentId.storedAsNumber) {
    errors.push({ column: "RESIDENT_ID", reason: "STORED_AS_NUMBER" });
  } else {
    const id = validateResidentId(cells.residentId.text, rules.today);
    if (id.ok) person = { residentId: id.id, birthDate: id.birthDate, sex: id.sex };
    else
      errors.push({
        column: "RESIDENT_ID",
        reason: id.reason === "EMPTY" ? "REQUIRED" : id.reason,
      });
  }

  let phone: string | null = null;
  if (cells.phone.trim() === "") {
    errors.push({ column: "PHONE", reason: "REQUIRED" });
  } else {
    const parsed = phoneSchema.safeParse(cells.phone);
    if (parsed.success) phone = parsed.data;
    else errors.push({ column: "PHONE", reason: "PHONE_FORMAT" });
  }

  let servicePointId: string | null = null;
  if (cells.servicePoint.trim() !== "") {
    servicePointId = findServicePoint(cells.servicePoint, rules.servicePoints)?.id ?? null;
    if (servicePointId === null) {
      warnings.push({ column: "SERVICE_POINT", reason: "UNKNOWN_SERVICE_POINT" });
    }
  }
  return { errors, warnings, person, phone, servicePointId };
}
