import { router } from "../../trpc";

export const followUpsRouter = router({});
