import type { Entry } from "./matrix-entry";

/** Service ratings (好差评) and their follow-ups. */
export const ratingsMatrix: Record<string, Entry> = {};
