import { authRouter } from "./routers/auth/auth-router";
import { citizenRouter } from "./routers/citizen/citizen-router";
import { employerRouter } from "./routers/employer/employer-router";
import { staffRouter } from "./routers/staff/staff-router";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  citizen: citizenRouter,
  staff: staffRouter,
  employer: employerRouter,
});

export type AppRouter = typeof appRouter;
