import { Navigate } from "react-router";
import { useStaffSession } from "../session/use-staff-session";
import { homeFor } from "./work-areas";

/** `/`: the role's first work area. */
export function HomeRedirect() {
  const session = useStaffSession();
  return session ? <Navigate to={homeFor(session.role)} replace /> : null;
}
