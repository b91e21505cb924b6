import type { RouterOutputs } from "../../api-types";

type RegistrationStatus = RouterOutputs["staff"]["tax"]["employers"]["items"][number]["status"];

/** An employer's payment registration as the lists filter it, in the order they offer it. */
export const registrationStatuses = [
  "REGISTERED",
  "CANCELLED",
  "NOT_REGISTERED",
] as const satisfies readonly RegistrationStatus[];
