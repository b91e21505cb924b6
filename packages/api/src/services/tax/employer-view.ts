import type { Employer } from "@yibao/db";
import { isoDateOrNull } from "./calendar-dates";

/** Where an employer's payment registration stands: never made, in force, or cancelled. */
export type RegistrationStatus = "NOT_REGISTERED" | "REGISTERED" | "CANCELLED";

export function registrationStatusOf(row: {
  registeredOn: Date | null;
  cancelledOn: Date | null;
}): RegistrationStatus {
  if (!row.registeredOn) return "NOT_REGISTERED";
  return row.cancelledOn ? "CANCELLED" : "REGISTERED";
}

/** An employer as the tax officer reads it: no personal data. */
export function employerView(
  row: Pick<
    Employer,
    | "id"
    | "creditCode"
    | "name"
    | "address"
    | "registeredOn"
    | "cancelledOn"
    | "checkExceptionReason"
  >,
) {
  return {
    employerId: row.id,
    creditCode: row.creditCode.trim(),
    name: row.name,
    address: row.address,
    status: registrationStatusOf(row),
    registeredOn: isoDateOrNull(row.registeredOn),
    cancelledOn: isoDateOrNull(row.cancelledOn),
    /** Registered by the county centre although the code fails the check, with this reason. */
    checkExceptionReason: row.checkExceptionReason,
  };
}

export type EmployerView = ReturnType<typeof employerView>;
