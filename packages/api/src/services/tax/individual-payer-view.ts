import type { IndividualScheme } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { isoDate, isoDateOrNull } from "./calendar-dates";
import { personLabel, personLabelSelect } from "./person-label";

export const individualPayerInclude = { person: { select: personLabelSelect } } as const;

/** An individual payer's registration, with the person's name and masked number. */
export function individualPayerView(
  ctx: Pick<ServiceContext, "protector">,
  row: {
    id: string;
    scheme: string;
    registeredOn: Date;
    cancelledOn: Date | null;
    person: { id: string; name: string; residentIdSealed: string };
  },
) {
  return {
    individualPayerId: row.id,
    ...personLabel(ctx, row.person),
    scheme: row.scheme as IndividualScheme,
    status: row.cancelledOn ? ("CANCELLED" as const) : ("REGISTERED" as const),
    registeredOn: isoDate(row.registeredOn),
    cancelledOn: isoDateOrNull(row.cancelledOn),
  };
}

export type IndividualPayerView = ReturnType<typeof individualPayerView>;
