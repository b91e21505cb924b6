import { z } from "zod";

/**
 * The schemes a person pays into by themselves (个人缴费登记): flexible employment (灵活就业,
 * the employee scheme without an employer: a personal account, both parts paid by the person) and
 * the resident scheme (城乡居民医保: a yearly amount, no personal account).
 */
export const individualSchemes = ["FLEXIBLE_EMPLOYMENT", "RESIDENT"] as const;
export const individualSchemeSchema = z.enum(individualSchemes);
export type IndividualScheme = (typeof individualSchemes)[number];
