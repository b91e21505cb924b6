import { z } from "zod";

/** A staff username: trimmed, 1–64 characters of letters, digits, dot, underscore and hyphen. */
export const usernameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);
