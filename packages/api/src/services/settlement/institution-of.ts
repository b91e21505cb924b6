import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";

/** The designated institution a signed-in operator works for; nobody else settles. */
export function institutionOf(ctx: ServiceContext<StaffActor>): string {
  if (ctx.scope.kind !== "INSTITUTION") throw new DomainError("FORBIDDEN");
  return ctx.scope.institutionId;
}
