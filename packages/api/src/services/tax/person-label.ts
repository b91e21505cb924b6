import { maskResidentId } from "@yibao/domain";
import type { ServiceContext } from "../../context";

/** A person as a tax officer's lists show them: the name and the masked ID number, never the full. */
export function personLabel(
  ctx: Pick<ServiceContext, "protector">,
  person: { id: string; name: string; residentIdSealed: string },
) {
  return {
    personId: person.id,
    name: person.name,
    maskedResidentId: maskResidentId(
      ctx.protector.open(person.residentIdSealed, "person.resident-id"),
    ),
  };
}

export const personLabelSelect = { id: true, name: true, residentIdSealed: true } as const;
