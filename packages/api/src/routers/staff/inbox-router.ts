import { router } from "../../trpc";

export const inboxRouter = router({});
