import type { ServiceContext } from "../../context";
import { personLabel, personLabelSelect } from "./person-label";

export const employmentInclude = { person: { select: personLabelSelect } } as const;

/** One employee an employer pays for (参保关系), from a month until a month. */
export function employmentView(
  ctx: Pick<ServiceContext, "protector">,
  row: {
    id: string;
    employerId: string;
    fromMonth: string;
    toMonth: string | null;
    person: { id: string; name: string; residentIdSealed: string };
  },
) {
  return {
    employmentId: row.id,
    employerId: row.employerId,
    ...personLabel(ctx, row.person),
    fromMonth: row.fromMonth.trim(),
    toMonth: row.toMonth?.trim() ?? null,
  };
}

export type EmploymentView = ReturnType<typeof employmentView>;
