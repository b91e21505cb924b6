import { router } from "../../trpc";
import { staffExtendSession } from "./staff-extend-session";
import { staffSession } from "./staff-session";

export const staffRouter = router({
  session: staffSession,
  extendSession: staffExtendSession,
});
