import { z } from "zod";

/** What the county centre's call-back found; any of them closes the follow-up. */
export const followUpOutcomes = ["RESOLVED", "EXPLAINED", "UNRESOLVED", "UNREACHABLE"] as const;
export const followUpOutcomeSchema = z.enum(followUpOutcomes);
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

/** Which follow-ups a list shows: still to call back, called back, or both. */
export const followUpListStatuses = ["OPEN", "CLOSED", "ALL"] as const;
export const followUpListStatusSchema = z.enum(followUpListStatuses);
export type FollowUpListStatus = (typeof followUpListStatuses)[number];

/** The clerk's note of the call-back: what was said and done, in a few sentences. */
export const followUpNoteSchema = z.string().trim().min(1).max(500);
