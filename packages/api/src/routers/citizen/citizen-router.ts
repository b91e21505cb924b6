import { router } from "../../trpc";
import { accountSummary } from "./account-summary";
import { citizenExtendSession } from "./citizen-extend-session";
import { citizenSession } from "./citizen-session";
import { recentTransactions } from "./recent-transactions";
import { setElderMode } from "./set-elder-mode";

export const citizenRouter = router({
  session: citizenSession,
  accountSummary,
  recentTransactions,
  setElderMode,
  extendSession: citizenExtendSession,
});
