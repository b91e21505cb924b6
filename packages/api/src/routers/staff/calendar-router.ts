import { router } from "../../trpc";

export const calendarRouter = router({});
