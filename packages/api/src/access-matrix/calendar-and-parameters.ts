import type { Entry } from "./matrix-entry";

/** The working-day calendar and the county parameters. */
export const calendarAndParametersMatrix: Record<string, Entry> = {};
