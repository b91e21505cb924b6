import { useQuery } from "@tanstack/react-query";
import type { StaffSession } from "../../api-types";
import { trpc } from "../../trpc";

/** The signed-in staff member, for pages behind `RequireSession` (null only while signing out). */
export function useStaffSession(): StaffSession | null {
  return useQuery(trpc.staff.session.queryOptions()).data ?? null;
}
