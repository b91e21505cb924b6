import { router } from "../../trpc";

export const parametersRouter = router({});
