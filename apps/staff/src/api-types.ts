import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@yibao/api";

/** What the server's procedures take and answer, read off the router's type. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A signed-in staff member's session, as `staff.session()` answers it. */
export type StaffSession = NonNullable<RouterOutputs["staff"]["session"]>;
