import { router } from "../../trpc";

export const ratingsRouter = router({});
