import { authRouter } from "./routers/auth/auth-router";
import { citizenRouter } from "./routers/citizen/citizen-router";
import { staffRouter } from "./routers/staff/staff-router";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  citizen: citizenRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
