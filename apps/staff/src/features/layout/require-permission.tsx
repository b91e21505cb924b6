import { hasPermission, type Permission } from "@yibao/domain";
import type { ReactNode } from "react";
import { Navigate } from "react-router";
import { useStaffSession } from "../session/use-staff-session";

/**
 * A page the role may open; any other role goes to its own start page (after someone else's
 * session ended on this page, say). The server refuses the procedures anyway.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const session = useStaffSession();
  if (!session) return null;
  return hasPermission(session.role, permission) ? children : <Navigate to="/" replace />;
}
